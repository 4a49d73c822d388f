// One Paydesk per user: two real paydesk processes. The second hands its ids and links to the
// first, which looks them up, and exits 0; a malformed link is refused before any hand-over.
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_runtime.isValid());
        QVERIFY(m_config.isValid());
        QVERIFY(QFile::setPermissions(m_runtime.path(), QFileDevice::ReadOwner
                                                            | QFileDevice::WriteOwner
                                                            | QFileDevice::ExeOwner));
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
        m_environment.insert(u"PAYDESK_CONFIG_DIR"_s, m_config.path());
        m_environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_environment.insert(u"QT_LOGGING_RULES"_s,
                             u"paydesk.instance.info=true;paydesk.gui.info=true"_s);

        m_first = std::make_unique<QProcess>();
        m_first->setProcessEnvironment(m_environment);
        connect(m_first.get(), &QProcess::readyReadStandardError, this,
                [this] { m_firstLog += QString::fromUtf8(m_first->readAllStandardError()); });
        m_first->start(QStringLiteral(PAYDESK_EXECUTABLE), {u"--demo"_s});
        QVERIFY(m_first->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_firstLog.contains(u"listening on"_s), 30000);
    }

    void cleanupTestCase() {
        if (m_first) {
            m_first->kill();
            m_first->waitForFinished();
        }
    }

    void socketIsPrivateToTheUser() {
        const QRegularExpressionMatch match =
            QRegularExpression(u"listening on (\\S+)"_s).match(m_firstLog);
        QVERIFY(match.hasMatch());
        const QFileInfo socket(match.captured(1));
        QCOMPARE(socket.absolutePath(), m_runtime.filePath(u"paydesk"_s));
        QVERIFY(socket.exists());
        QCOMPARE(socket.permissions() & others, QFileDevice::Permissions());
        const QFileInfo folder(socket.absolutePath());
        QCOMPARE(folder.permissions() & others, QFileDevice::Permissions());
        QVERIFY(folder.permissions().testFlag(QFileDevice::ExeOwner));
    }

    void idsGoToTheRunningWindow() {
        const Run second = run({u"--demo"_s, u"cs_handover1"_s, u"01hj5n7cqpaf0mt2d0xx85tgz8"_s});
        QCOMPARE(second.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_firstLog.contains(u"handed over: cs_handover1 01hj5n7cqpaf0mt2d0xx85tgz8"_s), 20000);
    }

    void linksGoToTheRunningWindow() {
        const Run byId = run({u"--demo"_s, u"paydesk://checkout/cs_fromlink"_s});
        QCOMPARE(byId.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_firstLog.contains(u"handed over: cs_fromlink"_s), 20000);

        const Run byUrl = run(
            {u"--demo"_s, u"paydesk://checkout/https%3A%2F%2Fpay.orqex.com%2Fc%2Fcs_fromurl"_s});
        QCOMPARE(byUrl.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_firstLog.contains(u"handed over: https://pay.orqex.com/c/cs_fromurl"_s), 20000);
    }

    void malformedLinkIsRefusedAndNeverLookedUp() {
        const Run bad = run({u"--demo"_s, u"paydesk://checkout/cs_bad%2F..%2Fsecret"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"This paydesk:// link cannot be opened"_s), qPrintable(bad.err));
        QVERIFY(bad.out.isEmpty());

        // Hand-overs arrive in order: once this one is in, the refused link would have been.
        const Run after = run({u"--demo"_s, u"cs_afterbad"_s});
        QCOMPARE(after.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_firstLog.contains(u"handed over: cs_afterbad"_s), 20000);
        QVERIFY(!m_firstLog.contains(u"secret"_s));
        QCOMPARE(m_first->state(), QProcess::Running);
    }

private:
    Run run(const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(PAYDESK_EXECUTABLE), arguments);
        Run result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QTemporaryDir m_runtime;
    QTemporaryDir m_config;
    QProcessEnvironment m_environment;
    std::unique_ptr<QProcess> m_first;
    QString m_firstLog;
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_SingleInstance.moc"
