#include "providers/chargily/ChargilyParser.h"
#include "providers/orqex/OrqexParser.h"
#include "storage/HistoryStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name) {
    QFile file(QStringLiteral(PAYDESK_FIXTURES_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return file.readAll();
}

Checkout chargilyCheckout(const QString &account) {
    Result<Checkout> parsed =
        parseChargilyCheckout(fixture(u"chargily/checkout_paid_edahabia.json"_s));
    if (!parsed)
        qFatal("fixture does not parse");
    Checkout checkout = std::move(parsed).value();
    checkout.account = account;
    return checkout;
}

Checkout orqexCheckout(const QString &account) {
    Result<Checkout> parsed = parseOrqexCheckout(fixture(u"orqex/checkout_sdk_shape.json"_s),
                                                 QDateTime::currentDateTimeUtc());
    if (!parsed)
        qFatal("fixture does not parse");
    Checkout checkout = std::move(parsed).value();
    checkout.account = account;
    if (!checkout.mode)
        checkout.mode = Mode::Test;
    return checkout;
}

} // namespace

class TestHistoryStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void lookupsSurviveAReopen() {
        const QString path = m_dir.filePath(u"reopen/history.sqlite"_s);
        const Checkout chargily = chargilyCheckout(u"dz-live"_s);
        const Checkout orqex = orqexCheckout(u"xof-test"_s);
        const QDateTime first = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
        {
            HistoryStore store(path);
            QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
            QVERIFY(store.record(chargily, first));
            QVERIFY(store.record(orqex, first.addSecs(60)));
        }
        QVERIFY(QFile::exists(path));
        HistoryStore reopened(path);
        QVERIFY(reopened.isOpen());
        const QList<HistoryEntry> entries = reopened.load();
        QCOMPARE(entries.size(), 2);
        // Newest first, re-parsed from the stored body, with the account and mode kept.
        QCOMPARE(entries.at(0).checkout.id, orqex.id);
        QCOMPARE(entries.at(0).checkout.account, u"xof-test"_s);
        QCOMPARE(entries.at(0).checkout.provider, QStringLiteral("orqex"));
        QCOMPARE(entries.at(0).lookedUpAt, first.addSecs(60));
        QCOMPARE(entries.at(1).checkout.id, chargily.id);
        QCOMPARE(entries.at(1).checkout.account, u"dz-live"_s);
        QCOMPARE(entries.at(1).checkout.mode, chargily.mode);
        QVERIFY(entries.at(1).checkout.amount);
        QCOMPARE(*entries.at(1).checkout.amount, *chargily.amount);
        QCOMPARE(entries.at(1).checkout.status, chargily.status);
        QCOMPARE(entries.at(1).checkout.rawJson, chargily.rawJson);
    }

    void aLookupOfTheSameIdReplacesTheEarlierOne() {
        HistoryStore store(m_dir.filePath(u"replace.sqlite"_s));
        const Checkout checkout = chargilyCheckout(u"one"_s);
        QVERIFY(store.record(checkout, QDateTime::currentDateTimeUtc().addSecs(-10)));
        Checkout again = checkout;
        again.account = u"two"_s;
        QVERIFY(store.record(again, QDateTime::currentDateTimeUtc()));
        const QList<HistoryEntry> entries = store.load();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).checkout.account, u"two"_s);
    }

    void theHistoryIsBounded() {
        HistoryStore store(m_dir.filePath(u"bounded.sqlite"_s), 3);
        Checkout checkout = chargilyCheckout(u"a"_s);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 5; ++i) {
            checkout.id = u"01hkq3m9v7r2x8c4t6b0n5w1y%1"_s.arg(i);
            QVERIFY(store.record(checkout, start.addSecs(i)));
        }
        QCOMPARE(store.count(), 3);
        const QList<HistoryEntry> entries = store.load();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().lookedUpAt, start.addSecs(4));
        QCOMPARE(entries.last().lookedUpAt, start.addSecs(2));
    }

    void fiveHundredLookupsAreWrittenAndReadBack() {
        HistoryStore store(m_dir.filePath(u"timing.sqlite"_s));
        Checkout checkout = chargilyCheckout(u"a"_s);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < HistoryStore::defaultLimit; ++i) {
            checkout.id = u"01hkq3m9v7r2x8c4t6b0n5%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY(store.record(checkout, start.addSecs(i)));
        }
        // How fast this is is measured by bench/BenchDashboard, not asserted here.
        const QList<HistoryEntry> entries = store.load();
        QCOMPARE(entries.size(), HistoryStore::defaultLimit);
        QCOMPARE(entries.first().lookedUpAt,
                 start.addSecs(HistoryStore::defaultLimit - 1)); // newest first
    }

    void removeForgetsOneLookup() {
        HistoryStore store(m_dir.filePath(u"remove.sqlite"_s));
        const Checkout chargily = chargilyCheckout(u"a"_s);
        const Checkout orqex = orqexCheckout(u"b"_s);
        QVERIFY(store.record(chargily, QDateTime::currentDateTimeUtc()));
        QVERIFY(store.record(orqex, QDateTime::currentDateTimeUtc()));
        QVERIFY(store.remove(QStringLiteral("chargily"), chargily.id));
        const QList<HistoryEntry> entries = store.load();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).checkout.id, orqex.id);
    }

    void theFileHoldsOnlyTheDocumentedColumns() {
        const QString path = m_dir.filePath(u"columns.sqlite"_s);
        {
            HistoryStore store(path);
            QVERIFY(store.record(chargilyCheckout(u"a"_s), QDateTime::currentDateTimeUtc()));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(u"SELECT name FROM pragma_table_info('lookups') ORDER BY cid"_s, db);
            QStringList columns;
            while (query.next())
                columns << query.value(0).toString();
            QCOMPARE(columns, (QStringList{u"id"_s, u"provider"_s, u"account"_s, u"looked_up_at"_s,
                                           u"raw_json"_s, u"mode"_s}));
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
    }

    void twoStoresOnTheSameFileUseTheirOwnConnections() {
        const QString path = m_dir.filePath(u"shared.sqlite"_s);
        HistoryStore a(path);
        HistoryStore b(path);
        QVERIFY(a.record(chargilyCheckout(u"a"_s), QDateTime::currentDateTimeUtc()));
        QCOMPARE(b.load().size(), 1);
    }

    void anUnwritablePlaceIsReportedNotFatal() {
        QFile blocker(m_dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        HistoryStore store(m_dir.filePath(u"blocker/history.sqlite"_s));
        QVERIFY(!store.isOpen());
        QVERIFY(!store.errorString().isEmpty());
        QVERIFY(!store.record(chargilyCheckout(u"a"_s), QDateTime::currentDateTimeUtc()));
        QVERIFY(store.load().isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_HistoryStore.moc"
