// The real paydesk executable: a crash while it holds a secret key leaves no core file, and
// the files it writes are the user's alone (0600 in 0700 folders), whatever the umask.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/stat.h>

namespace {

const QString paydeskBinary = QStringLiteral(PAYDESK_EXECUTABLE);

QString generatedKey() {
    return QStringLiteral("sk_test_")
           + QString::number(QRandomGenerator::global()->generate64(), 16)
           + QString::number(QRandomGenerator::global()->generate64(), 16);
}

int modeOf(const QString &path) {
    struct stat info {};
    if (stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

// One line of /proc/PID/limits, e.g. "Max core file size        0        0        bytes".
QByteArray limitLine(qint64 pid, const QByteArray &name) {
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.simplified();
    }
    return {};
}

} // namespace

class TestProcessSafety : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();

    const QProcessEnvironment &environment() const { return m_environment; }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo(paydeskBinary).isExecutable(), qPrintable(paydeskBinary));
        QVERIFY(m_config.isValid());
        m_environment.insert(QStringLiteral("PAYDESK_CONFIG_DIR"),
                             m_config.filePath(QStringLiteral("new")));
        m_environment.insert(QStringLiteral("PAYDESK_KEYCHAIN_SERVICE"),
                             QStringLiteral("PaydeskTest-process-safety-%1")
                                 .arg(QRandomGenerator::global()->generate(), 0, 16));
    }

    void aCrashWithAKeyInMemoryLeavesNoCore() {
        // Cores allowed by the parent (ulimit -c unlimited), written in the process's own
        // folder: only paydesk itself can refuse them.
        QTemporaryDir cwd;
        QVERIFY(cwd.isValid());
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(cwd.path());
        process.setProgram(QStringLiteral("sh"));
        process.setArguments({QStringLiteral("-c"),
                              QStringLiteral("ulimit -c unlimited && exec \"$0\" account add "
                                             "crashing --provider orqex --mode test"),
                              paydeskBinary});
        process.start();
        QVERIFY(process.waitForStarted(10000));
        // Part of a key, and no end of input: paydesk holds these bytes and waits for more.
        const QString key = generatedKey();
        process.write(key.toLatin1());
        QVERIFY(process.waitForBytesWritten(10000));
        const qint64 pid = process.processId();
        // Seen from outside, in the running process, once it has started: no core, at any size,
        // ever (the hard limit too, so nothing it loads can raise it again).
        QTRY_COMPARE_WITH_TIMEOUT(limitLine(pid, "Max core file size"),
                                  QByteArray("Max core file size 0 0 bytes"), 10000);

        QSignalSpy finished(&process, &QProcess::finished);
        ::kill(pid_t(pid), SIGABRT);
        QVERIFY(finished.wait(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        QStringList cores;
        QDirIterator it(cwd.path(), QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile dump(file);
            const bool holdsKey =
                dump.open(QIODevice::ReadOnly) && dump.readAll().contains(key.toLatin1());
            cores << file + (holdsKey ? QStringLiteral(" (holds the key)") : QString());
        }
        QVERIFY2(cores.isEmpty(), qPrintable(cores.join(u'\n')));
    }

    void writesOnlyPrivateFiles() {
        // A permissive umask in the parent, as desktop sessions have.
        const mode_t saved = umask(022);
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(paydeskBinary,
                      {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("private"),
                       QStringLiteral("--provider"), QStringLiteral("orqex"),
                       QStringLiteral("--mode"), QStringLiteral("test")});
        umask(saved);
        QVERIFY(process.waitForStarted(10000));
        process.write(generatedKey().toLatin1());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(45000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

        const QString root = m_config.filePath(QStringLiteral("new"));
        QCOMPARE(modeOf(root), 0700);
        QCOMPARE(modeOf(QDir(root).filePath(QStringLiteral("paydesk.ini"))), 0600);
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const int expected = QFileInfo(path).isDir() ? 0700 : 0600;
            QVERIFY2(
                modeOf(path) == expected,
                qPrintable(QStringLiteral("%1 has mode %2").arg(path).arg(modeOf(path), 0, 8)));
        }
        QProcess remove;
        remove.setProcessEnvironment(environment());
        remove.start(paydeskBinary, {QStringLiteral("account"), QStringLiteral("remove"),
                                     QStringLiteral("private")});
        QVERIFY(remove.waitForFinished(45000));
        QCOMPARE(remove.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProcessSafety)
#include "tst_ProcessSafety.moc"
