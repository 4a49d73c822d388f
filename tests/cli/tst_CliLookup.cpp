// The real `paydesk lookup` executable, run as a separate process: against the built-in demo
// server, and against a test server with an account whose key is in the real keychain.

#include "TestServers.h"
#include "domain/CheckoutJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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

// The docs' example, with terminal escape sequences and a bidi override in the text a
// provider controls.
QByteArray hostileCheckout() {
    const QString hostile =
        QStringLiteral("\x1b]0;owned\x07\x1b[2J\x1b[32mpaid\u202Edeliaf\u009b0m\r\n");
    QJsonObject root =
        QJsonDocument::fromJson(fixture(QStringLiteral("orqex/checkout_docs_example.json")))
            .object();
    QJsonObject data = root.value(QStringLiteral("data")).toObject();
    QJsonObject checkout = data.value(QStringLiteral("checkout")).toObject();
    checkout.insert(QStringLiteral("id"), QStringLiteral("cs_hostile"));
    QJsonObject payment = data.value(QStringLiteral("payment")).toObject();
    payment.insert(QStringLiteral("description"), hostile);
    QJsonObject customer = payment.value(QStringLiteral("customer")).toObject();
    customer.insert(QStringLiteral("first_name"), hostile);
    customer.insert(QStringLiteral("email"), hostile);
    payment.insert(QStringLiteral("customer"), customer);
    data.insert(QStringLiteral("checkout"), checkout);
    data.insert(QStringLiteral("payment"), payment);
    root.insert(QStringLiteral("data"), data);
    return QJsonDocument(root).toJson();
}

// A character a terminal acts on instead of showing (newlines aside, which are the output's).
bool hasActiveCharacter(const QString &text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

const QString demoOrqexId = QStringLiteral("cs_XaFgTisNRi2AFS");
const QString demoChargilyId = QStringLiteral("01hq9ee0zbgj09tqm83xssss6y");

} // namespace

class TestCliLookup : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;
    std::unique_ptr<HttpTestServer> m_server;
    QString m_key;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keychainAccountTextForPeople();
    void keychainAccountJsonWithOneMissing();
    void keychainAccountRefusedKey();
    void jsonIsWrittenInTheOrderGivenAsResultsArrive();
    void idWithoutAMatchingAccountExitsWithTwo();
    void unknownAccountExitsWithTwo();
    void demoTextForPeople();
    void demoJsonInTheOrderGiven();
    void demoNotFoundExitsWithOne();
    void invalidIdExitsWithTwo();
    void noIdIsBadUsage();
    void hostileTextIsShownNotObeyed();
    void pastedEscapesAreNotEchoed();
    void idsFromStandardInputWithADash();
    void idsPipedWithoutArguments();
    void theDashTakesItsPlaceAmongTheIds();
    void anEmptyPipeIsBadUsage();
    void tooMuchStandardInputIsRefused();
    void csvForScripts();
    void csvKeepsWhatTheProviderSentExactly();
    void csvAndJsonTogetherAreBadUsage();
};

void TestCliLookup::initTestCase() {
    // A fresh settings folder and keychain service, inherited by every paydesk started here.
    QVERIFY(m_config.isValid());
    qputenv("PAYDESK_CONFIG_DIR", m_config.path().toUtf8());
    qputenv("PAYDESK_KEYCHAIN_SERVICE",
            QByteArray("PaydeskTest-cli-lookup-") + randomKey().right(8).toLatin1());

    m_server = std::make_unique<HttpTestServer>();
    m_server->setHandler([](const QHttpServerRequest &request) {
        const QString path = request.url().path();
        if (path.startsWith(QStringLiteral("/denied/")))
            return reply(401, fixture(QStringLiteral("chargily/error_401.json")));
        if (path == QStringLiteral("/v1/payment/checkouts/cs_hostile"))
            return reply(200, hostileCheckout());
        if (path == QStringLiteral("/v1/payment/checkouts/cs_abc123"))
            return reply(200, fixture(QStringLiteral("orqex/checkout_docs_example.json")));
        return reply(404, fixture(QStringLiteral("orqex/error_404.json")),
                     {{"X-Request-Id", "req_cli_404"}});
    });

    m_key = randomKey();
    const Run shop =
        paydesk({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("shop"),
                 QStringLiteral("--provider"), QStringLiteral("orqex"), QStringLiteral("--mode"),
                 QStringLiteral("test"), QStringLiteral("--base-url"),
                 m_server->url(QStringLiteral("/v1")).toString()},
                m_key.toLatin1() + '\n');
    QVERIFY2(shop.exitCode == 0, qPrintable(shop.err));
    const Run denied =
        paydesk({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("denied"),
                 QStringLiteral("--provider"), QStringLiteral("orqex"), QStringLiteral("--mode"),
                 QStringLiteral("live"), QStringLiteral("--base-url"),
                 m_server->url(QStringLiteral("/denied")).toString()},
                randomKey().toLatin1() + '\n');
    QVERIFY2(denied.exitCode == 0, qPrintable(denied.err));
}

void TestCliLookup::cleanupTestCase() {
    for (const QString &name : {QStringLiteral("shop"), QStringLiteral("denied")})
        paydesk({QStringLiteral("account"), QStringLiteral("remove"), name});
}

void TestCliLookup::keychainAccountTextForPeople() {
    m_server->requests.clear();
    const Run run = paydesk({QStringLiteral("lookup"), QStringLiteral("--account"),
                             QStringLiteral("shop"), QStringLiteral("cs_abc123")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QCOMPARE(run.out.split(u'\n').first(), QStringLiteral("cs_abc123"));
    QVERIFY2(run.out.contains(QStringLiteral("shop")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("paid")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("XOF")), qPrintable(run.out));
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(m_server->requests.first().header("Authorization"),
             QByteArray("Bearer " + m_key.toLatin1()));
    QVERIFY(!run.out.contains(m_key) && !run.err.contains(m_key));
}

void TestCliLookup::keychainAccountJsonWithOneMissing() {
    // Without --account: "denied" (added second) is asked only for the id "shop" lacks.
    const Run run = paydesk({QStringLiteral("lookup"), QStringLiteral("--json"),
                             QStringLiteral("cs_abc123"), QStringLiteral("cs_missing1")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray found = results(run);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("cs_abc123"));
    QCOMPARE(found.at(0).toObject().value(QStringLiteral("account")).toString(),
             QStringLiteral("shop"));
    QCOMPARE(found.at(0)
                 .toObject()
                 .value(QStringLiteral("amount"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("50"));
    const QJsonObject error = found.at(1).toObject().value(QStringLiteral("error")).toObject();
    QCOMPARE(found.at(1).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("cs_missing1"));
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("unauthorized"));
    QCOMPARE(error.value(QStringLiteral("accounts_tried")).toArray(),
             (QJsonArray{QStringLiteral("shop"), QStringLiteral("denied")}));
    QVERIFY(!run.out.contains(m_key) && !run.err.contains(m_key));
}

// The missing id is asked of two accounts in turn and answers after the found one, yet comes
// first: results are written as they arrive only once those before them are known. The
// document is byte for byte the one the whole-document writer makes.
void TestCliLookup::jsonIsWrittenInTheOrderGivenAsResultsArrive() {
    const Run run =
        paydesk({QStringLiteral("lookup"), QStringLiteral("--json"), QStringLiteral("cs_missing2"),
                 QStringLiteral("cs_abc123"), QStringLiteral("cs_missing2")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray found = results(run);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("cs_missing2"));
    QVERIFY(found.at(0).toObject().contains(QStringLiteral("error")));
    QCOMPARE(found.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("paid"));
    QCOMPARE(found.at(2), found.at(0));
    const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(run.out.toUtf8(), toOrderedJson(document));
}

void TestCliLookup::keychainAccountRefusedKey() {
    const Run run =
        paydesk({QStringLiteral("lookup"), QStringLiteral("--json"), QStringLiteral("--account"),
                 QStringLiteral("denied"), QStringLiteral("cs_abc123")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject error =
        results(run).at(0).toObject().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("unauthorized"));
    QCOMPARE(error.value(QStringLiteral("http_status")).toInt(), 401);
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("denied")));
}

void TestCliLookup::idWithoutAMatchingAccountExitsWithTwo() {
    const Run run = paydesk({QStringLiteral("lookup"), QStringLiteral("--json"),
                             QStringLiteral("01hj5n7cqpaf0mt2d0xx85tgz8")});
    QCOMPARE(run.exitCode, 2);
    const QJsonObject error =
        results(run).at(0).toObject().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("no_account"));
}

void TestCliLookup::unknownAccountExitsWithTwo() {
    const Run run = paydesk({QStringLiteral("lookup"), QStringLiteral("--account"),
                             QStringLiteral("nobody"), QStringLiteral("cs_abc123")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains(QStringLiteral("no_account")), qPrintable(run.out));
}

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

void TestCliLookup::hostileTextIsShownNotObeyed() {
    const Run run = paydesk({QStringLiteral("lookup"), QStringLiteral("--account"),
                             QStringLiteral("shop"), QStringLiteral("cs_hostile")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(!hasActiveCharacter(run.out), qPrintable(run.out));
    QVERIFY2(!hasActiveCharacter(run.err), qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("\\x1B]0;owned\\x07")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("\\u202Edeliaf")));
}

void TestCliLookup::pastedEscapesAreNotEchoed() {
    const QString pasted = QStringLiteral("cs_\x1b]52;c;cm0gLXJmIH4=\x07\u202E");
    const Run run = paydesk({QStringLiteral("lookup"), QStringLiteral("--demo"), pasted});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(!hasActiveCharacter(run.out + run.err), qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("cs_\\x1B]52;c;cm0gLXJmIH4=\\x07\\u202E")),
             qPrintable(run.out));
}

namespace {

// The records of `paydesk lookup --csv` output whose fields need no quotes (every test below
// but the hostile one), each ending in CRLF.
QList<QStringList> simpleCsv(const QString &out) {
    QList<QStringList> records;
    QStringList lines = out.split(QStringLiteral("\r\n"));
    if (lines.isEmpty() || !lines.last().isEmpty())
        return {}; // the last record must end in CRLF too
    lines.removeLast();
    for (const QString &line : std::as_const(lines))
        records << line.split(u',');
    return records;
}

QString column(const QList<QStringList> &records, int row, const QString &name) {
    const qsizetype at = records.value(0).indexOf(name);
    return at < 0 || row >= records.size() ? QStringLiteral("<none>") : records.at(row).value(at);
}

} // namespace

void TestCliLookup::idsFromStandardInputWithADash() {
    // A column copied from a spreadsheet: CRLF, tabs, commas, the same checkout twice more
    // (once as its URL), and one id that is not there.
    m_server->requests.clear();
    const Run run = paydesk({QStringLiteral("lookup"), QStringLiteral("--account"),
                             QStringLiteral("shop"), QStringLiteral("--json"), QStringLiteral("-")},
                            "cs_abc123\t\r\ncs_missing1,\r\ncs_abc123\r\n"
                            "https://pay.orqex.com/c/cs_abc123\r\n");
    QCOMPARE(run.exitCode, 1);
    const QJsonArray found = results(run);
    QCOMPARE(found.size(), 4);
    const QStringList ids{QStringLiteral("cs_abc123"), QStringLiteral("cs_missing1"),
                          QStringLiteral("cs_abc123"), QStringLiteral("cs_abc123")};
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(found.at(i).toObject().value(QStringLiteral("id")).toString(), ids.at(i));
    QCOMPARE(found.at(1)
                 .toObject()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("not_found"));
    QCOMPARE(found.at(3).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("paid"));
    // Asked for once however often it was given.
    QCOMPARE(m_server->count(QStringLiteral("/v1/payment/checkouts/cs_abc123")), 1);
    QCOMPARE(m_server->count(QStringLiteral("/v1/payment/checkouts/cs_missing1")), 1);
}

void TestCliLookup::idsPipedWithoutArguments() {
    const Run run =
        paydesk({QStringLiteral("lookup"), QStringLiteral("--demo"), QStringLiteral("--json")},
                (demoChargilyId + u'\n' + demoOrqexId + u'\n').toUtf8());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QJsonArray found = results(run);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).toObject().value(QStringLiteral("id")).toString(), demoChargilyId);
    QCOMPARE(found.at(1).toObject().value(QStringLiteral("id")).toString(), demoOrqexId);
}

void TestCliLookup::theDashTakesItsPlaceAmongTheIds() {
    const Run run =
        paydesk({QStringLiteral("lookup"), QStringLiteral("--demo"), QStringLiteral("--json"),
                 demoOrqexId, QStringLiteral("-"), QStringLiteral("cs_NotInTheDemo42")},
                "\xEF\xBB\xBF" + demoChargilyId.toUtf8() + "\n");
    QCOMPARE(run.exitCode, 1);
    const QJsonArray found = results(run);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).toObject().value(QStringLiteral("id")).toString(), demoOrqexId);
    QCOMPARE(found.at(1).toObject().value(QStringLiteral("id")).toString(), demoChargilyId);
    QCOMPARE(found.at(2).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("cs_NotInTheDemo42"));
}

void TestCliLookup::anEmptyPipeIsBadUsage() {
    const Run run = paydesk(
        {QStringLiteral("lookup"), QStringLiteral("--demo"), QStringLiteral("-")}, " \n\t,\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("standard input")), qPrintable(run.err));
}

void TestCliLookup::tooMuchStandardInputIsRefused() {
    QByteArray many;
    while (many.size() <= 1024 * 1024)
        many += demoOrqexId.toUtf8() + '\n';
    const Run run =
        paydesk({QStringLiteral("lookup"), QStringLiteral("--demo"), QStringLiteral("-")}, many);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("MiB")), qPrintable(run.err));
}

void TestCliLookup::csvForScripts() {
    const Run run = paydesk({QStringLiteral("lookup"), QStringLiteral("--account"),
                             QStringLiteral("shop"), QStringLiteral("--csv"),
                             QStringLiteral("cs_abc123"), QStringLiteral("cs_missing1")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.isEmpty());
    const QList<QStringList> records = simpleCsv(run.out);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).first(), QStringLiteral("id"));
    QVERIFY(records.at(0).contains(QStringLiteral("currency")));
    for (const QStringList &record : records)
        QCOMPARE(record.size(), records.at(0).size());
    QCOMPARE(column(records, 1, QStringLiteral("id")), QStringLiteral("cs_abc123"));
    QCOMPARE(column(records, 1, QStringLiteral("account")), QStringLiteral("shop"));
    QCOMPARE(column(records, 1, QStringLiteral("status")), QStringLiteral("paid"));
    QCOMPARE(column(records, 1, QStringLiteral("amount")), QStringLiteral("50"));
    QCOMPARE(column(records, 1, QStringLiteral("currency")), QStringLiteral("XOF"));
    QVERIFY(QDateTime::fromString(column(records, 1, QStringLiteral("looked_up_at")), Qt::ISODate)
                .isValid());
    QCOMPARE(column(records, 2, QStringLiteral("id")), QStringLiteral("cs_missing1"));
    QCOMPARE(column(records, 2, QStringLiteral("error_kind")), QStringLiteral("not_found"));
    QCOMPARE(column(records, 2, QStringLiteral("http_status")), QStringLiteral("404"));
    QCOMPARE(column(records, 2, QStringLiteral("request_id")), QStringLiteral("req_cli_404"));
    QVERIFY(!run.out.contains(m_key));

    // Every outcome's exit status holds for CSV as for text.
    const Run all = paydesk(
        {QStringLiteral("lookup"), QStringLiteral("--demo"), QStringLiteral("--csv"), demoOrqexId});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(simpleCsv(all.out).size(), 2);
    const Run invalid = paydesk({QStringLiteral("lookup"), QStringLiteral("--demo"),
                                 QStringLiteral("--csv"), QStringLiteral("not/an/id")});
    QCOMPARE(invalid.exitCode, 2);
    QCOMPARE(column(simpleCsv(invalid.out), 1, QStringLiteral("error_kind")),
             QStringLiteral("invalid_id"));
}

void TestCliLookup::csvKeepsWhatTheProviderSentExactly() {
    // A pipe gets the provider's text exactly, quoted; the formula-like text is neutralised.
    const Run run =
        paydesk({QStringLiteral("lookup"), QStringLiteral("--account"), QStringLiteral("shop"),
                 QStringLiteral("--csv"), QStringLiteral("cs_hostile")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("\"\x1b]0;owned\x07\x1b[2J\x1b[32mpaid")),
             qPrintable(run.out));
    QVERIFY(run.out.startsWith(QStringLiteral("id,provider,")));
}

void TestCliLookup::csvAndJsonTogetherAreBadUsage() {
    const Run run = paydesk({QStringLiteral("lookup"), QStringLiteral("--demo"),
                             QStringLiteral("--csv"), QStringLiteral("--json"), demoOrqexId});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("--csv")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliLookup)
#include "tst_CliLookup.moc"
