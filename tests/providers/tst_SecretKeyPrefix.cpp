#include "providers/ProviderRegistry.h"
#include "providers/SecretKeyPrefix.h"

#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;

// A key that does not look like the provider's is warned about, by the provider's own prefix.
class TestSecretKeyPrefix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void warnsAboutAnotherProvidersPrefix_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("warned");
        const int test = int(Mode::Test);
        const int live = int(Mode::Live);
        QTest::newRow("orqex test sk_") << u"sk_test_abcdef"_s << u"orqex"_s << test << false;
        QTest::newRow("orqex live sk_") << u"sk_live_abcdef"_s << u"orqex"_s << live << false;
        QTest::newRow("orqex with a chargily key")
            << u"test_sk_abcdef"_s << u"orqex"_s << test << true;
        QTest::newRow("chargily test") << u"test_sk_abcdef"_s << u"chargily"_s << test << false;
        QTest::newRow("chargily live") << u"live_sk_abcdef"_s << u"chargily"_s << live << false;
        QTest::newRow("chargily test with a live key")
            << u"live_sk_abcdef"_s << u"chargily"_s << test << true;
        QTest::newRow("chargily with an orqex key")
            << u"sk_test_abcdef"_s << u"chargily"_s << test << true;
        QTest::newRow("an unknown provider says nothing")
            << u"anything_0123"_s << u"nobody"_s << test << false;
    }

    void warnsAboutAnotherProvidersPrefix() {
        QFETCH(QString, key);
        QFETCH(QString, provider);
        QFETCH(int, mode);
        QFETCH(bool, warned);
        const auto warning = secretKeyPrefixWarning(key, provider, Mode(mode));
        QCOMPARE(warning.has_value(), warned);
        if (warned) {
            const PaymentProvider *found = ProviderRegistry::find(provider);
            QVERIFY(found);
            QVERIFY(warning->contains(found->secretKeyPrefixes(Mode(mode)).first()));
            QVERIFY(warning->contains(found->displayName()));
            QVERIFY(!warning->contains(key));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretKeyPrefix)
#include "tst_SecretKeyPrefix.moc"
