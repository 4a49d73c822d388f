// The window's key cache against the real keychain of scripts/with-keyring, and lookups through
// it against a server on 127.0.0.1.
#include "LookupHarness.h"
#include "TestServers.h"
#include "secrets/KeychainStore.h"
#include "secrets/ShortLivedKeyCache.h"

#include <QRandomGenerator>
#include <QTest>

#include <chrono>
#include <memory>
#include <vector>

using namespace Paydesk;
using namespace Paydesk::Test;
using namespace std::chrono_literals;

namespace {

QString freshName() {
    return u"short-lived-" + QString::number(QRandomGenerator::global()->generate64(), 16);
}

// Writes or deletes an entry of the real keychain and waits for the answer.
bool store(KeychainStore &keychain, const QString &account, const QString &key) {
    bool done = false;
    bool ok = false;
    QObject context;
    const auto answered = [&](const KeyResult &result) {
        ok = result.ok();
        done = true;
    };
    if (key.isEmpty())
        keychain.deleteKey(account, &context, answered);
    else
        keychain.writeKey(account, key, &context, answered);
    return QTest::qWaitFor([&done] { return done; }, 15000) && ok;
}

} // namespace

class TestShortLivedKeyCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A burst of lookups (each its own asking object, as the network layer's fetches are)
    // reads the key once; the key stays while any of them lives, and is wiped once the last
    // has been gone for the grace period.
    void aBurstReadsOnceAndTheKeyIsWipedAfterTheGracePeriod() {
        KeychainStore keychain;
        const QString account = freshName();
        const QString key = randomKey();
        QVERIFY(store(keychain, account, key));

        ShortLivedKeyCache cache(&keychain, 300ms);
        std::vector<std::unique_ptr<QObject>> lookups;
        int right = 0;
        for (int i = 0; i < 20; ++i) {
            lookups.push_back(std::make_unique<QObject>());
            cache.readKey(account, lookups.back().get(), [&right, key](const KeyResult &result) {
                right += result.ok() && result.key == key ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(right, 20, 15000);
        QCOMPARE(cache.sourceReads(), 1);
        QCOMPARE(cache.heldKeys(), 1);

        // Lookups still in flight keep the key, however long they take.
        QTest::qWait(600);
        QCOMPARE(cache.heldKeys(), 1);
        lookups.resize(1);
        QTest::qWait(600);
        QCOMPARE(cache.heldKeys(), 1);

        // Once the last ends, the key stays for the grace period only.
        lookups.clear();
        QCOMPARE(cache.readersAlive(), 0);
        QTest::qWait(100);
        QCOMPARE(cache.heldKeys(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(cache.heldKeys(), 0, 2000);

        // The next burst reads the keychain again.
        QObject next;
        QString seen;
        cache.readKey(account, &next, [&seen](const KeyResult &result) { seen = result.key; });
        QTRY_COMPARE_WITH_TIMEOUT(seen, key, 15000);
        QCOMPARE(cache.sourceReads(), 2);
        QVERIFY(store(keychain, account, {}));
    }

    // A missing entry reaches every lookup that waited for that read, with its own message,
    // and is not kept: once the key is stored, the next lookup finds it at once, well within
    // the grace period.
    void aFailureIsNotKeptBeyondTheReadThatMetIt() {
        KeychainStore keychain;
        const QString account = freshName();
        ShortLivedKeyCache cache(&keychain, 60s);
        QObject first;
        QObject second;
        QList<KeyResult> answers;
        const auto collect = [&answers](const KeyResult &result) {
            answers.append(result);
        };
        cache.readKey(account, &first, collect);
        cache.readKey(account, &second, collect);
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 15000);
        QCOMPARE(cache.sourceReads(), 1);
        for (const KeyResult &answer : std::as_const(answers)) {
            QCOMPARE(answer.error, KeyErrorKind::Missing);
            QVERIFY2(answer.message.contains(account), qPrintable(answer.message));
        }
        QCOMPARE(cache.heldKeys(), 0);

        const QString key = randomKey();
        QVERIFY(store(keychain, account, key));
        QString seen;
        cache.readKey(account, &first, [&seen](const KeyResult &result) { seen = result.key; });
        QTRY_COMPARE_WITH_TIMEOUT(seen, key, 15000);
        QCOMPARE(cache.sourceReads(), 2);
        QVERIFY(store(keychain, account, {}));
    }

    // The window wires the keychain's change signal to forgetKeys(): a key stored again is
    // used by the next lookup, not the copy held from before.
    void aChangedKeyIsNotServedFromTheCache() {
        KeychainStore keychain;
        const QString account = freshName();
        const QString oldKey = randomKey();
        QVERIFY(store(keychain, account, oldKey));
        ShortLivedKeyCache cache(&keychain, 60s);
        connect(&keychain, &KeychainStore::keyChanged, &cache, &ShortLivedKeyCache::forgetKeys);
        QObject lookup;
        QString seen;
        cache.readKey(account, &lookup, [&seen](const KeyResult &result) { seen = result.key; });
        QTRY_COMPARE_WITH_TIMEOUT(seen, oldKey, 15000);

        const QString newKey = randomKey();
        QVERIFY(store(keychain, account, newKey));
        QCOMPARE(cache.heldKeys(), 0);
        cache.readKey(account, &lookup, [&seen](const KeyResult &result) { seen = result.key; });
        QTRY_COMPARE_WITH_TIMEOUT(seen, newKey, 15000);
        QCOMPARE(cache.sourceReads(), 2);
        QVERIFY(store(keychain, account, {}));
    }

    // Through the lookup service as the window uses it: ten lookups of one account ask the
    // keychain once, every request carries the key, and once they have all ended the cache is
    // emptied after its grace period (the network layer lets go of what asked).
    void lookupsThroughTheServiceReadTheKeyOnceAndLetItGo() {
        HttpTestServer server;
        server.setHandler([](const QHttpServerRequest &) {
            return reply(200, fixture(QStringLiteral("orqex/checkout_docs_example.json")));
        });
        KeychainStore keychain;
        const QString account = freshName();
        const QString key = randomKey();
        QVERIFY(store(keychain, account, key));
        ShortLivedKeyCache cache(&keychain, 300ms);
        QNetworkAccessManager nam;
        LookupService service(&nam, &cache);
        service.setAccounts(
            {Test::account(account, QStringLiteral("orqex"), server.url(QStringLiteral("/v1")))});

        int found = 0;
        int ended = 0;
        for (int i = 0; i < 10; ++i) {
            LookupJob *job = service.lookup(QStringLiteral("cs_abc123"));
            connect(job, &LookupJob::finished, this, [&](const LookupOutcome &outcome) {
                found += outcome.result.ok() ? 1 : 0;
                ++ended;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(ended, 10, 15000);
        QCOMPARE(found, 10);
        QCOMPARE(cache.sourceReads(), 1);
        QCOMPARE(server.requests.size(), 10);
        for (const SeenRequest &request : std::as_const(server.requests))
            QCOMPARE(request.header("Authorization"), QByteArray("Bearer " + key.toLatin1()));
        QTRY_COMPARE_WITH_TIMEOUT(cache.readersAlive(), 0, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(cache.heldKeys(), 0, 2000);
        QVERIFY(store(keychain, account, {}));
    }
};

QTEST_GUILESS_MAIN(TestShortLivedKeyCache)
#include "tst_ShortLivedKeyCache.moc"
