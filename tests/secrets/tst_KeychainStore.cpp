#include "secrets/KeychainStore.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>
#include <optional>

using namespace Paydesk;
using namespace std::chrono_literals;

namespace {

QString generatedKey(const QString &prefix = QStringLiteral("sk_test_")) {
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return prefix + QString::fromLatin1(bytes.toHex());
}

QString uniqueName(const char *base) {
    return QString::fromLatin1(base) + u'-'
           + QString::number(QRandomGenerator::global()->generate(), 16);
}

// Collects every answer an operation gives, to check there is exactly one.
struct Answers {
    QList<KeyResult> results;
    KeychainStore::Done sink() {
        return [this](const KeyResult &result) {
            results.append(result);
        };
    }
};

} // namespace

class TestKeychainStore : public QObject {
    Q_OBJECT

private:
    KeychainStore *m_store = nullptr;
    QStringList m_created;

    KeyResult run(const std::function<void(KeychainStore::Done)> &operation) {
        Answers answers;
        operation(answers.sink());
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(answers.results.size(), 1, 15000);
        }();
        return answers.results.value(0);
    }
    KeyResult write(const QString &name, const QString &key) {
        m_created.append(name);
        return run([&](auto done) { m_store->writeKey(name, key, this, std::move(done)); });
    }
    KeyResult read(const QString &name) {
        return run([&](auto done) { m_store->readKey(name, this, std::move(done)); });
    }
    KeyResult remove(const QString &name) {
        return run([&](auto done) { m_store->deleteKey(name, this, std::move(done)); });
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(qEnvironmentVariableIsSet("PAYDESK_KEYCHAIN_SERVICE"));
        QCOMPARE(KeychainStore::defaultServiceName(),
                 qEnvironmentVariable("PAYDESK_KEYCHAIN_SERVICE"));
        m_store = new KeychainStore(this);
        QCOMPARE(m_store->timeout(), 10000ms);
    }

    void cleanupTestCase() {
        for (const QString &name : std::as_const(m_created))
            remove(name);
    }

    void storesReadsReplacesAndDeletes() {
        const QString name = uniqueName("orqex-main");
        const QString first = generatedKey();
        const KeyResult written = write(name, first);
        QVERIFY2(written.ok(), qPrintable(written.message));
        QVERIFY(written.key.isEmpty());

        KeyResult readBack = read(name);
        QVERIFY2(readBack.ok(), qPrintable(readBack.message));
        QCOMPARE(readBack.key, first);

        const QString second = generatedKey();
        QVERIFY(write(name, second).ok());
        readBack = read(name);
        QVERIFY(readBack.ok());
        QCOMPARE(readBack.key, second);

        QVERIFY(remove(name).ok());
        const KeyResult gone = read(name);
        QCOMPARE(gone.error, KeyErrorKind::Missing);
        QVERIFY(gone.key.isEmpty());
        QVERIFY(gone.message.contains(name));
        QVERIFY(!gone.message.contains(second));
    }

    void keepsTwoAccountsOfOneProviderApart() {
        const QString merchantA = uniqueName("orqex-shop-a");
        const QString merchantB = uniqueName("orqex-shop-b");
        const QString keyA = generatedKey();
        const QString keyB = generatedKey();
        QVERIFY(write(merchantA, keyA).ok());
        QVERIFY(write(merchantB, keyB).ok());
        QCOMPARE(read(merchantA).key, keyA);
        QCOMPARE(read(merchantB).key, keyB);
        QVERIFY(remove(merchantA).ok());
        QCOMPARE(read(merchantA).error, KeyErrorKind::Missing);
        QCOMPARE(read(merchantB).key, keyB);
        QVERIFY(remove(merchantB).ok());
    }

    void reportsAMissingEntry() {
        const QString name = uniqueName("never-stored");
        QCOMPARE(read(name).error, KeyErrorKind::Missing);
        // Deleting what is not there leaves the keychain as asked: that is no failure.
        QVERIFY(remove(name).ok());
    }

    void keepsServicesApart() {
        const QString name = uniqueName("shared-name");
        QVERIFY(write(name, generatedKey()).ok());
        KeychainStore other(m_store->serviceName() + QStringLiteral("-other"), nullptr);
        Answers answers;
        other.readKey(name, this, answers.sink());
        QTRY_COMPARE_WITH_TIMEOUT(answers.results.size(), 1, 15000);
        QCOMPARE(answers.results.first().error, KeyErrorKind::Missing);
    }

    void reportsExactlyOnceAndNotAfterTheContextIsGone() {
        const QString name = uniqueName("context");
        QVERIFY(write(name, generatedKey()).ok());

        Answers answered;
        m_store->readKey(name, this, answered.sink());
        Answers orphaned;
        auto context = std::make_unique<QObject>();
        m_store->readKey(name, context.get(), orphaned.sink());
        context.reset();

        QTRY_COMPARE_WITH_TIMEOUT(answered.results.size(), 1, 15000);
        // Let a second, wrong answer (from the watchdog) have its chance to arrive.
        m_store->setTimeout(50ms);
        Answers later;
        m_store->readKey(name, this, later.sink());
        QTRY_COMPARE_WITH_TIMEOUT(later.results.size(), 1, 15000);
        QTest::qWait(100);
        QCOMPARE(answered.results.size(), 1);
        QCOMPARE(later.results.size(), 1);
        QCOMPARE(orphaned.results.size(), 0);
        m_store->setTimeout(10000ms);
    }

    void turnsASlowBackendIntoATimeout() {
        // No keychain answers within a microsecond-scale budget; the watchdog must answer.
        KeychainStore hasty(m_store->serviceName(), nullptr);
        hasty.setTimeout(0ms);
        Answers answers;
        hasty.readKey(uniqueName("slow"), this, answers.sink());
        QTRY_COMPARE_WITH_TIMEOUT(answers.results.size(), 1, 15000);
        QCOMPARE(answers.results.first().error, KeyErrorKind::TimedOut);
        QVERIFY(!answers.results.first().message.isEmpty());
        QTest::qWait(200);
        QCOMPARE(answers.results.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_KeychainStore.moc"
