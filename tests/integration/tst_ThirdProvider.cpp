// A third payment provider, defined and registered here only, served by a server this test
// starts: the command line, history, the accounts dialog and the detail pane all work with it
// although no product file knows it.

#include "cli/CommandLine.h"
#include "domain/JsonRead.h"
#include "gui/accounts/AccountsDialog.h"
#include "gui/detail/AttemptSection.h"
#include "gui/detail/CheckoutPane.h"
#include "providers/CheckoutId.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeychainStore.h"
#include "storage/AccountStore.h"
#include "storage/HistoryStore.h"

#include <QComboBox>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

// "TestPay": ids "tx-" and 8 digits; GET <base>/transactions/{id} answers
// {"ref", "state", "total": {"minor", "currency"}, "payer", "method"}; totals in minor units.
class TestPayProvider : public PaymentProvider {
public:
    ProviderKey key() const override { return u"testpay"_s; }
    QString displayName() const override { return u"TestPay"_s; }
    QUrl defaultBaseUrl(Mode mode) const override {
        return QUrl(mode == Mode::Live ? u"https://api.testpay.example/live"_s
                                       : u"https://api.testpay.example/sandbox"_s);
    }
    std::optional<QString> recognizeId(QStringView text) const override {
        if (text.size() != 11 || !text.startsWith(u"tx-"))
            return std::nullopt;
        for (const QChar c : text.mid(3)) {
            if (!c.isDigit())
                return std::nullopt;
        }
        return text.toString();
    }
    std::optional<QString> explainInvalidId(QStringView text) const override {
        if (!text.startsWith(u"tx"))
            return std::nullopt;
        return u"A TestPay id is \"tx-\" and 8 digits."_s;
    }
    QString idFormat() const override { return u"a TestPay id (tx- and 8 digits)"_s; }
    QString keyCheckId() const override { return u"tx-00000000"_s; }
    QStringList checkoutPath(const QString &id) const override { return {u"transactions"_s, id}; }
    Result<Checkout> parseCheckout(const QByteArray &body, const QDateTime &) const override {
        QString problem;
        const std::optional<QJsonObject> json = JsonRead::parseObject(body, &problem);
        if (!json)
            return JsonRead::badResponse(problem);
        Checkout checkout;
        checkout.provider = key();
        checkout.id = json->value("ref"_L1).toString();
        if (checkout.id.isEmpty())
            return JsonRead::badResponse(u"no ref"_s);
        checkout.rawJson = body;
        checkout.providerStatus = json->value("state"_L1).toString();
        checkout.status = statusFromProviderWord(checkout.providerStatus);
        const QJsonObject total = json->value("total"_L1).toObject();
        const QString currency = total.value("currency"_L1).toString();
        checkout.amount = Money::fromJson(total.value("minor"_L1), currency, 2);
        Customer payer;
        payer.name = json->value("payer"_L1).toString();
        checkout.customer = payer;
        PaymentMethod method;
        method.code = json->value("method"_L1).toString();
        checkout.method = method;
        return checkout;
    }
    QString methodIcon(const QString &code) const override {
        return code == "wallet"_L1 ? u":/icons/copy.svg"_s : QString();
    }
};

const QString kId = u"tx-00004242"_s;
const QString kKey = u"tp_secret_0123456789abcdef"_s;

// What a command printed and returned, run in this process with `input` as standard input.
struct Run {
    int exitCode = -1;
    QString out;
};

Run runInProcess(const QStringList &arguments, const QByteArray &input = {}) {
    QTemporaryDir dir;
    const QString inPath = dir.filePath(u"in"_s);
    const QString outPath = dir.filePath(u"out"_s);
    {
        QFile in(inPath);
        if (!in.open(QIODevice::WriteOnly))
            qFatal("cannot write the input file");
        in.write(input);
    }
    std::fflush(stdout);
    const int savedIn = ::dup(STDIN_FILENO);
    const int savedOut = ::dup(STDOUT_FILENO);
    if (!std::freopen(qPrintable(inPath), "r", stdin)
        || !std::freopen(qPrintable(outPath), "w", stdout))
        qFatal("cannot redirect standard streams");
    Run run;
    run.exitCode = runCommandLine(QStringList{u"paydesk"_s} + arguments);
    std::fflush(stdout);
    ::dup2(savedIn, STDIN_FILENO);
    ::dup2(savedOut, STDOUT_FILENO);
    ::close(savedIn);
    ::close(savedOut);
    std::clearerr(stdin);
    QFile out(outPath);
    if (!out.open(QIODevice::ReadOnly))
        qFatal("cannot read the output file");
    run.out = QString::fromUtf8(out.readAll());
    return run;
}

} // namespace

class TestThirdProvider : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idsAreRecognised();
    void accountCommands();
    void lookupAsText();
    void lookupAsJson();
    void history();
    void accountsDialogOffersIt();
    void paneShowsIt();
    void cleanupTestCase();

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    int m_requests = 0;
    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1/api"_s.arg(m_port)); }
};

void TestThirdProvider::initTestCase() {
    QVERIFY(ProviderRegistry::add(std::make_unique<TestPayProvider>()));
    m_server.route(u"/api/transactions/<arg>"_s, [this](const QString &id,
                                                        const QHttpServerRequest &request) {
        ++m_requests;
        QByteArray authorization;
        for (const auto &header : request.headers()) {
            if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0)
                authorization = header.second;
        }
        if (authorization != "Bearer " + kKey.toLatin1())
            return QHttpServerResponse(QJsonObject{{u"message"_s, u"no"_s}},
                                       QHttpServerResponder::StatusCode::Unauthorized);
        if (id != kId)
            return QHttpServerResponse(QJsonObject{{u"message"_s, u"unknown"_s}},
                                       QHttpServerResponder::StatusCode::NotFound);
        return QHttpServerResponse(
            QJsonObject{{u"ref"_s, kId},
                        {u"state"_s, u"paid"_s},
                        {u"total"_s, QJsonObject{{u"minor"_s, 1234550}, {u"currency"_s, u"EUR"_s}}},
                        {u"payer"_s, u"Ines Testa"_s},
                        {u"method"_s, u"wallet"_s}});
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

void TestThirdProvider::idsAreRecognised() {
    const Result<CheckoutRef> bare = recognizeCheckoutId(kId);
    QVERIFY(bare.ok());
    QCOMPARE(bare.value().provider, u"testpay"_s);
    const Result<CheckoutRef> url = recognizeCheckoutId(u"https://pay.testpay.example/t/"_s + kId);
    QVERIFY(url.ok());
    QCOMPARE(url.value().id, kId);
    const Result<CheckoutRef> near = recognizeCheckoutId(u"tx_42"_s);
    QVERIFY(!near.ok());
    QVERIFY2(near.error().message.contains(u"TestPay"_s), qPrintable(near.error().message));
    // The built-in providers still own their formats.
    QCOMPARE(recognizeCheckoutId(u"cs_abc"_s).value().provider, u"orqex"_s);
}

void TestThirdProvider::accountCommands() {
    const Run added =
        runInProcess({u"account"_s, u"add"_s, u"shop-tp"_s, u"--provider"_s, u"testpay"_s,
                      u"--mode"_s, u"test"_s, u"--base-url"_s, baseUrl().toString()},
                     kKey.toUtf8());
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains(u"TestPay"_s), qPrintable(added.out));

    const Run listed = runInProcess({u"account"_s, u"list"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray accounts =
        QJsonDocument::fromJson(listed.out.toUtf8()).object().value("accounts"_L1).toArray();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.at(0)["provider"_L1].toString(), u"testpay"_s);
    QCOMPARE(accounts.at(0)["key_last4"_L1].toString(), kKey.right(4));

    // The usage names every registered provider.
    const Run help = runInProcess({u"--help"_s});
    QVERIFY2(help.out.contains(u"orqex|chargily|testpay"_s), qPrintable(help.out));
}

void TestThirdProvider::lookupAsText() {
    const int before = m_requests;
    const Run run = runInProcess({u"lookup"_s, kId});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"TestPay"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"12,345.50"_s), qPrintable(run.out));
    QCOMPARE(m_requests, before + 1);
}

void TestThirdProvider::lookupAsJson() {
    const Run run = runInProcess({u"lookup"_s, kId, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    const QJsonObject checkout = document.object().value("results"_L1).toArray().at(0).toObject();
    QVERIFY2(!checkout.isEmpty(), qPrintable(run.out));
    QCOMPARE(checkout.value("provider"_L1).toString(), u"testpay"_s);
    QCOMPARE(checkout.value("id"_L1).toString(), kId);
    QCOMPARE(checkout.value("status"_L1).toString(), u"paid"_s);
    QCOMPARE(checkout.value("amount"_L1).toObject().value("value"_L1).toString(), u"12345.50"_s);
    QCOMPARE(checkout.value("account"_L1).toString(), u"shop-tp"_s);

    // Unknown to the provider: a not_found, exit status 1.
    const Run missing = runInProcess({u"lookup"_s, u"tx-00000001"_s, u"--json"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.out.contains(u"not_found"_s), qPrintable(missing.out));
}

void TestThirdProvider::history() {
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(u"history.sqlite"_s));
    QVERIFY(store.isOpen());
    Result<Checkout> parsed = ProviderRegistry::find(u"testpay"_s)
                                  ->parseCheckout(R"({"ref":"tx-00004242","state":"paid",
                                      "total":{"minor":500,"currency":"EUR"}})",
                                                  QDateTime::currentDateTimeUtc());
    QVERIFY(parsed.ok());
    Checkout checkout = parsed.value();
    checkout.account = u"shop-tp"_s;
    HistoryEntry entry;
    entry.input = checkout.id;
    entry.id = checkout.id;
    entry.provider = checkout.provider;
    entry.lookedUpAt = QDateTime::currentDateTimeUtc();
    entry.checkout = checkout;
    QVERIFY(store.save(entry));
    const QList<HistoryEntry> entries = store.page({}, std::nullopt, 10).entries;
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().checkout->provider, u"testpay"_s);
    QCOMPARE(entries.first().checkout->amount->toDecimalString(), u"5.00"_s);
    QCOMPARE(entries.first().key(), historyKey(u"testpay"_s, kId, {}));
    QVERIFY(store.remove({entries.first().key()}));
    QCOMPARE(store.count(), 0);
}

void TestThirdProvider::accountsDialogOffersIt() {
    AccountStore accounts;
    KeychainStore keys;
    QNetworkAccessManager nam;
    AccountsDialog dialog(&accounts, &keys, &nam);
    auto *chooser = dialog.findChild<QComboBox *>(u"providerCombo"_s);
    QVERIFY(chooser);
    const int index = chooser->findText(u"TestPay"_s);
    QVERIFY(index >= 0);
    QCOMPARE(chooser->itemData(index).toString(), u"testpay"_s);
    chooser->setCurrentIndex(index);
    auto *baseUrlEdit = dialog.findChild<QLineEdit *>(u"baseUrlEdit"_s);
    QVERIFY(baseUrlEdit);
    // The account added above shows with its own root; a new one gets the provider's default.
    QVERIFY2(baseUrlEdit->text() == u"https://api.testpay.example/sandbox"_s
                 || baseUrlEdit->text() == baseUrl().toString(),
             qPrintable(baseUrlEdit->text()));
}

void TestThirdProvider::paneShowsIt() {
    Result<Checkout> parsed = ProviderRegistry::find(u"testpay"_s)
                                  ->parseCheckout(R"({"ref":"tx-00004242","state":"paid",
                                      "total":{"minor":500,"currency":"EUR"},
                                      "payer":"Ines Testa","method":"wallet"})",
                                                  QDateTime::currentDateTimeUtc());
    QVERIFY(parsed.ok());
    CheckoutPane pane(nullptr);
    pane.resize(600, 800);
    pane.setCheckout(parsed.value());
    QStringList texts;
    for (const QLabel *label : pane.findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.join(u'\n').contains(u"TestPay"_s), qPrintable(texts.join(u'\n')));
    QVERIFY(texts.join(u'\n').contains(u"Ines Testa"_s));
    auto *attempt = pane.findChild<AttemptSection *>();
    QVERIFY(attempt);
    QCOMPARE(attempt->iconSource(), u":/icons/copy.svg"_s);
}

void TestThirdProvider::cleanupTestCase() {
    const Run removed = runInProcess({u"account"_s, u"remove"_s, u"shop-tp"_s});
    QCOMPARE(removed.exitCode, 0);
}

QTEST_MAIN(TestThirdProvider)
#include "tst_ThirdProvider.moc"
