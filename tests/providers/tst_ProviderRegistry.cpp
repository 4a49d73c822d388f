#include "domain/Account.h"
#include "providers/ProviderRegistry.h"

#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;

// The built-in providers as the registry offers them: keys, names, default API roots.
class TestProviderRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInProvidersInOrder();
    void findsByKeyFoldedAndTrimmed();
    void unknownKey();
    void defaultBaseUrl_data();
    void defaultBaseUrl();
    void secondProviderWithTheSameKeyIsRefused();
};

void TestProviderRegistry::builtInProvidersInOrder() {
    QCOMPARE(ProviderRegistry::keys(), (QStringList{u"orqex"_s, u"chargily"_s}));
    QCOMPARE(ProviderRegistry::displayName(u"orqex"_s), u"Orqex"_s);
    QCOMPARE(ProviderRegistry::displayName(u"chargily"_s), u"Chargily Pay"_s);
}

void TestProviderRegistry::findsByKeyFoldedAndTrimmed() {
    const PaymentProvider *provider = ProviderRegistry::find(u" Chargily "_s);
    QVERIFY(provider);
    QCOMPARE(provider->key(), u"chargily"_s);
}

void TestProviderRegistry::unknownKey() {
    QCOMPARE(ProviderRegistry::find(u"stripe"_s), nullptr);
    QCOMPARE(ProviderRegistry::find(QString()), nullptr);
    QCOMPARE(ProviderRegistry::displayName(u"stripe"_s), u"stripe"_s);
}

void TestProviderRegistry::defaultBaseUrl_data() {
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("url");
    QTest::newRow("Orqex test mode")
        << u"orqex"_s << int(Mode::Test) << u"https://api.orqex.com/v1"_s;
    QTest::newRow("Orqex live mode uses the same root")
        << u"orqex"_s << int(Mode::Live) << u"https://api.orqex.com/v1"_s;
    QTest::newRow("Chargily test mode")
        << u"chargily"_s << int(Mode::Test) << u"https://pay.chargily.net/test/api/v2"_s;
    QTest::newRow("Chargily live mode")
        << u"chargily"_s << int(Mode::Live) << u"https://pay.chargily.net/api/v2"_s;
}

void TestProviderRegistry::defaultBaseUrl() {
    QFETCH(QString, provider);
    QFETCH(int, mode);
    QFETCH(QString, url);
    const PaymentProvider *found = ProviderRegistry::find(provider);
    QVERIFY(found);
    const QUrl base = found->defaultBaseUrl(Mode(mode));
    QCOMPARE(base, QUrl(url));
    QCOMPARE(baseUrlProblem(base), std::nullopt);
}

namespace {
// Claims Orqex's key; nothing else about it matters.
class Impostor : public PaymentProvider {
public:
    ProviderKey key() const override { return u"orqex"_s; }
    QString displayName() const override { return u"Impostor"_s; }
    QUrl defaultBaseUrl(Mode) const override { return {}; }
    std::optional<QString> recognizeId(QStringView) const override { return std::nullopt; }
    std::optional<QString> explainInvalidId(QStringView) const override { return std::nullopt; }
    QString idFormat() const override { return {}; }
    QString keyCheckId() const override { return {}; }
    QStringList checkoutPath(const QString &) const override { return {}; }
    Result<Checkout> parseCheckout(const QByteArray &, const QDateTime &) const override {
        return LookupError{};
    }
};
} // namespace

void TestProviderRegistry::secondProviderWithTheSameKeyIsRefused() {
    QVERIFY(!ProviderRegistry::add(std::make_unique<Impostor>()));
    QCOMPARE(ProviderRegistry::displayName(u"orqex"_s), u"Orqex"_s);
    QCOMPARE(ProviderRegistry::all().size(), 2);
}

QTEST_GUILESS_MAIN(TestProviderRegistry)
#include "tst_ProviderRegistry.moc"
