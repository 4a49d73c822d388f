// The real `paydesk lookup` executable, run as a separate process: against the built-in demo
// server, and against a test server with an account whose key is in the real keychain.

#include "TestServers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Paydesk;
using namespace Paydesk::Test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs paydesk with the test's environment (its own config folder and keychain service) and
// keeps this process's event loop turning, so servers in the test can answer meanwhile.
Run paydesk(const QStringList &arguments, const QByteArray &input = {}) {
    QProcess process;
    process.setProgram(QStringLiteral(PAYDESK_BINARY_DIR "/bin/paydesk"));
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QJsonArray results(const Run &run) {
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("results"))
        .toArray();
}

const QString demoOrqexId = QStringLiteral("cs_XaFgTisNRi2AFS");
const QString demoChargilyId = QStringLiteral("01hq9ee0zbgj09tqm83xssss6y");

} // namespace

class TestCliLookup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoTextForPeople();
    void demoJsonInTheOrderGiven();
    void demoNotFoundExitsWithOne();
    void invalidIdExitsWithTwo();
    void noIdIsBadUsage();
};

void TestCliLookup::demoTextForPeople() {
    const Run run = paydesk({QStringLiteral("lookup"), QStringLiteral("--demo"), demoOrqexId});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n');
    QCOMPARE(lines.first(), demoOrqexId);
    QVERIFY2(run.out.contains(QStringLiteral("Status")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("demo-orqex")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("XOF")), qPrintable(run.out));
}

void TestCliLookup::demoJsonInTheOrderGiven() {
    const Run run = paydesk({QStringLiteral("lookup"), QStringLiteral("--demo"),
                             QStringLiteral("--json"), demoChargilyId, demoOrqexId});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray found = results(run);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).toObject().value(QStringLiteral("id")).toString(), demoChargilyId);
    QCOMPARE(found.at(0).toObject().value(QStringLiteral("provider")).toString(),
             QStringLiteral("chargily"));
    QCOMPARE(found.at(1).toObject().value(QStringLiteral("id")).toString(), demoOrqexId);
    QCOMPARE(found.at(1).toObject().value(QStringLiteral("account")).toString(),
             QStringLiteral("demo-orqex"));
}

void TestCliLookup::demoNotFoundExitsWithOne() {
    const Run run =
        paydesk({QStringLiteral("lookup"), QStringLiteral("--demo"), QStringLiteral("--json"),
                 demoOrqexId, QStringLiteral("cs_NotInTheDemo42")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray found = results(run);
    QCOMPARE(found.size(), 2);
    const QJsonObject error = found.at(1).toObject().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("not_found"));
    QCOMPARE(error.value(QStringLiteral("accounts_tried")).toArray(),
             QJsonArray{QStringLiteral("demo-orqex")});
}

void TestCliLookup::invalidIdExitsWithTwo() {
    const Run run = paydesk({QStringLiteral("lookup"), QStringLiteral("--demo"),
                             QStringLiteral("--json"), QStringLiteral("../../etc/passwd")});
    QCOMPARE(run.exitCode, 2);
    const QJsonObject error =
        results(run).at(0).toObject().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("invalid_id"));
}

void TestCliLookup::noIdIsBadUsage() {
    const Run run = paydesk({QStringLiteral("lookup"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains(QStringLiteral("paydesk lookup")));
}

QTEST_GUILESS_MAIN(TestCliLookup)
#include "tst_cli_lookup.moc"
