#include "secrets/KeyCache.h"
#include "secrets/KeychainStore.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Paydesk;

namespace {

// A key source that answers only when the test says so, and counts what it was asked.
class ScriptedKeys : public KeyProvider {
public:
    struct Pending {
        QString account;
        QPointer<QObject> context;
        std::function<void(const KeyResult &)> done;
    };
    QList<Pending> pending;
    int reads = 0;

    void readKey(const QString &accountName, QObject *context,
                 std::function<void(const KeyResult &)> done) override {
        ++reads;
        pending.append({accountName, context, std::move(done)});
    }
    void answer(int index, const KeyResult &result) {
        const Pending request = pending.takeAt(index);
        if (request.context)
            request.done(result);
    }
};

KeyResult found(const QString &key) {
    KeyResult result;
    result.key = key;
    return result;
}

KeyResult locked() {
    KeyResult result;
    result.error = KeyErrorKind::Locked;
    result.message = QStringLiteral("The keychain is locked.");
    return result;
}

} // namespace

class TestKeyCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void concurrentReadsOfOneAccountShareOneSourceRead() {
        ScriptedKeys source;
        KeyCache cache(&source);
        QList<KeyResult> answers;
        for (int i = 0; i < 50; ++i)
            cache.readKey(QStringLiteral("orqex-main"), this,
                          [&answers](const KeyResult &result) { answers.append(result); });
        QCOMPARE(source.reads, 1);
        QVERIFY(answers.isEmpty());
        source.answer(0, found(QStringLiteral("sk_test_one")));
        QCOMPARE(answers.size(), 50);
        for (const KeyResult &answer : std::as_const(answers))
            QCOMPARE(answer.key, QStringLiteral("sk_test_one"));
    }

    void laterReadsAreAnsweredLaterWithoutAskingAgain() {
        ScriptedKeys source;
        KeyCache cache(&source);
        cache.readKey(QStringLiteral("a"), this, [](const KeyResult &) {});
        source.answer(0, found(QStringLiteral("sk_test_a")));
        QString seen;
        cache.readKey(QStringLiteral("a"), this,
                      [&seen](const KeyResult &result) { seen = result.key; });
        QVERIFY2(seen.isEmpty(), "a cached answer must still come later, not from readKey()");
        QTRY_COMPARE(seen, QStringLiteral("sk_test_a"));
        QCOMPARE(source.reads, 1);
        QCOMPARE(cache.sourceReads(), 1);
    }

    void eachAccountIsReadOnce() {
        ScriptedKeys source;
        KeyCache cache(&source);
        QHash<QString, QString> keys;
        for (const char *name : {"a", "b", "a", "c", "b"}) {
            const QString account = QString::fromLatin1(name);
            cache.readKey(account, this, [&keys, account](const KeyResult &result) {
                keys.insert(account, result.key);
            });
        }
        QCOMPARE(source.reads, 3);
        while (!source.pending.isEmpty())
            source.answer(0, found(u"sk_test_" + source.pending.first().account));
        QCOMPARE(keys.value(QStringLiteral("a")), QStringLiteral("sk_test_a"));
        QCOMPARE(keys.value(QStringLiteral("b")), QStringLiteral("sk_test_b"));
        QCOMPARE(keys.value(QStringLiteral("c")), QStringLiteral("sk_test_c"));
    }

    void aFailureIsKeptSoThousandsOfIdsMeetItOnce() {
        ScriptedKeys source;
        KeyCache cache(&source);
        int lockedAnswers = 0;
        const auto count = [&lockedAnswers](const KeyResult &result) {
            lockedAnswers += result.error == KeyErrorKind::Locked ? 1 : 0;
        };
        cache.readKey(QStringLiteral("a"), this, count);
        source.answer(0, locked());
        for (int i = 0; i < 1000; ++i)
            cache.readKey(QStringLiteral("a"), this, count);
        QTRY_COMPARE(lockedAnswers, 1001);
        QCOMPARE(source.reads, 1);
    }

    // The window's way: a locked keychain reaches every lookup waiting for that read, and the
    // next lookup asks again (the operator may have unlocked it meanwhile); keys are kept.
    void keysOnlyForgetsAFailureOnceItIsAnswered() {
        ScriptedKeys source;
        KeyCache cache(&source, KeyCache::Keep::KeysOnly);
        int lockedAnswers = 0;
        const auto count = [&lockedAnswers](const KeyResult &result) {
            lockedAnswers += result.error == KeyErrorKind::Locked ? 1 : 0;
        };
        for (int i = 0; i < 3; ++i)
            cache.readKey(QStringLiteral("a"), this, count);
        source.answer(0, locked());
        QCOMPARE(lockedAnswers, 3);
        QCOMPARE(cache.keptAnswers(), 0);

        QString seen;
        cache.readKey(QStringLiteral("a"), this,
                      [&seen](const KeyResult &result) { seen = result.key; });
        QCOMPARE(source.reads, 2);
        source.answer(0, found(QStringLiteral("sk_test_a")));
        QCOMPARE(seen, QStringLiteral("sk_test_a"));
        QCOMPARE(cache.keptAnswers(), 1);
        cache.readKey(QStringLiteral("a"), this, [](const KeyResult &) {});
        QCOMPARE(source.reads, 2);
    }

    void clearForgetsAndAsksAgain() {
        ScriptedKeys source;
        KeyCache cache(&source);
        cache.readKey(QStringLiteral("a"), this, [](const KeyResult &) {});
        source.answer(0, found(QStringLiteral("sk_test_old")));
        cache.clear();
        QString seen;
        cache.readKey(QStringLiteral("a"), this,
                      [&seen](const KeyResult &result) { seen = result.key; });
        QCOMPARE(source.reads, 2);
        source.answer(0, found(QStringLiteral("sk_test_new")));
        QCOMPARE(seen, QStringLiteral("sk_test_new"));
    }

    void aReadUnderWayWhenClearedIsAnsweredButNotKept() {
        ScriptedKeys source;
        KeyCache cache(&source);
        QString seen;
        cache.readKey(QStringLiteral("a"), this,
                      [&seen](const KeyResult &result) { seen = result.key; });
        cache.clear();
        source.answer(0, found(QStringLiteral("sk_test_a")));
        QCOMPARE(seen, QStringLiteral("sk_test_a"));
        cache.readKey(QStringLiteral("a"), this, [](const KeyResult &) {});
        QCOMPARE(source.reads, 2);
    }

    void noAnswerReachesADestroyedContext() {
        ScriptedKeys source;
        KeyCache cache(&source);
        int calls = 0;
        auto context = std::make_unique<QObject>();
        cache.readKey(QStringLiteral("a"), context.get(), [&calls](const KeyResult &) { ++calls; });
        context.reset();
        source.answer(0, found(QStringLiteral("sk_test_a")));
        auto second = std::make_unique<QObject>();
        cache.readKey(QStringLiteral("a"), second.get(), [&calls](const KeyResult &) { ++calls; });
        second.reset();
        QTest::qWait(20);
        QCOMPARE(calls, 0);
    }

    // The real keychain (scripts/with-keyring): thousands of reads of one account cost one
    // Secret Service round trip, and every one of them gets the stored key.
    void thousandsOfReadsAgainstTheRealKeychainAskItOnce() {
        KeychainStore store;
        const QString account =
            u"cache-" + QString::number(QRandomGenerator::global()->generate(), 16);
        const QString key =
            u"sk_test_" + QString::number(QRandomGenerator::global()->generate64(), 16);
        bool written = false;
        store.writeKey(account, key, this, [&written](const KeyResult &result) {
            QVERIFY2(result.ok(), qPrintable(result.message));
            written = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 15000);

        KeyCache cache(&store);
        int right = 0;
        int answered = 0;
        for (int i = 0; i < 5000; ++i) {
            cache.readKey(account, this, [&](const KeyResult &result) {
                ++answered;
                right += result.ok() && result.key == key ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 5000, 15000);
        QCOMPARE(right, 5000);
        QCOMPARE(cache.sourceReads(), 1);

        bool removed = false;
        store.deleteKey(account, this, [&removed](const KeyResult &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }
};

QTEST_GUILESS_MAIN(TestKeyCache)
#include "tst_KeyCache.moc"
