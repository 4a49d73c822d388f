// The recent lookups backed by a real history file: rows read a page at a time, searched in
// SQL over the whole history, kept and restored as they were shown.
#include "../storage/HistoryTestData.h"

#include "gui/detail/CheckoutPane.h"
#include "gui/lookups/RecentLookupsModel.h"
#include "gui/lookups/RecentLookupsProxy.h"
#include "storage/HistoryStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Paydesk;
using namespace Qt::StringLiterals;
using Column = RecentLookupsModel::Column;

namespace {

const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
constexpr int longHistory = 100000;

QImage paneImage(const Checkout &checkout) {
    CheckoutPane pane(nullptr);
    pane.setClock([] { return QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC); });
    pane.resize(520, 1400);
    pane.setCheckout(checkout);
    return pane.grab().toImage();
}

} // namespace

class TestHistoryModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        HistoryStore store(longPath());
        QList<HistoryEntry> entries;
        entries.reserve(longHistory);
        for (int n = 0; n < longHistory; ++n)
            entries.append(HistoryTestData::numbered(n, start));
        QVERIFY(store.saveAll(entries));
    }

    void init() {
        m_small = std::make_unique<QTemporaryDir>();
        QVERIFY(m_small->isValid());
    }

    void aHundredThousandRowsAreReadAPageAtATime() {
        HistoryStore store(longPath());
        RecentLookupsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(&store);
        QCOMPARE(model.rowCount(), RecentLookupsModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.entry(0).id, u"cs_row0099999"_s); // newest first
        QCOMPARE(model.totalCount(), longHistory);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * RecentLookupsModel::pageSize);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.entry(RecentLookupsModel::pageSize).id,
                 u"cs_row%1"_s.arg(longHistory - 1 - RecentLookupsModel::pageSize, 7, 10,
                                   QLatin1Char('0')));
    }

    void theFilterSearchesTheWholeHistory() {
        HistoryStore store(longPath());
        RecentLookupsModel model;
        RecentLookupsProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(&store);
        // Row 4242 is far below the first page, and so are 42420..42429.
        proxy.setFilterText(u"Customer 4242"_s);
        QCOMPARE(proxy.rowCount(), 11);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.totalCount(), 11);
        proxy.setFilterText(u"c7@EXAMPLE.com"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, static_cast<int>(Column::Customer)).data().toString(),
                 u"Customer 7"_s);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), RecentLookupsModel::pageSize);
        QVERIFY(model.canFetchMore({}));
    }

    // Through the proxy as the filter box sets it: short needles, accents, Arabic and the
    // characters SQL and the search index treat specially find what they say.
    void theFilterFindsAccentsArabicAndSymbols_data() {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<QStringList>("customers");
        const QString elodie = u"Élodie Lefèvre"_s;
        const QString francois = u"François d'Aubigné"_s;
        const QString mohamed = u"محمد الأمين"_s;
        const QString fatima = u"فاطمة الزهراء"_s;
        const QString percent = u"50% off_now"_s;
        const QString obrien = u"O'Brien \"Jr\""_s;
        QTest::newRow("one accented letter") << u"è"_s << QStringList{elodie};
        QTest::newRow("two accented letters, upper case") << u"NÉ"_s << QStringList{francois};
        QTest::newRow("a word in upper case") << u"ÉLODIE"_s << QStringList{elodie};
        QTest::newRow("Arabic word") << u"الأمين"_s << QStringList{mohamed};
        QTest::newRow("two Arabic letters") << u"ال"_s << QStringList{fatima, mohamed};
        QTest::newRow("Arabic across words") << u"ة الز"_s << QStringList{fatima};
        QTest::newRow("percent") << u"%"_s << QStringList{percent};
        QTest::newRow("percent sign after digits") << u"50%"_s << QStringList{percent};
        QTest::newRow("underscore") << u"f_n"_s << QStringList{percent};
        QTest::newRow("apostrophe") << u"d'a"_s << QStringList{francois};
        QTest::newRow("quotes") << u"\"jr\""_s << QStringList{obrien};
        QTest::newRow("one quote") << u"\""_s << QStringList{obrien};
        QTest::newRow("nothing") << u"ü"_s << QStringList{};
    }
    void theFilterFindsAccentsArabicAndSymbols() {
        QFETCH(QString, needle);
        QFETCH(QStringList, customers);
        HistoryStore store(m_small->filePath(u"history.sqlite"_s));
        QList<HistoryEntry> entries;
        int n = 0;
        for (const QString &name : {u"Élodie Lefèvre"_s, u"François d'Aubigné"_s, u"محمد الأمين"_s,
                                    u"فاطمة الزهراء"_s, u"50% off_now"_s, u"O'Brien \"Jr\""_s}) {
            HistoryEntry entry = HistoryTestData::numbered(n++, start);
            entry.checkout->customer->name = name;
            entry.checkout->customer->email = u"someone@example.com"_s;
            entries.append(entry);
        }
        QVERIFY(store.saveAll(entries));
        RecentLookupsModel model;
        RecentLookupsProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(&store);
        proxy.setFilterText(needle);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, static_cast<int>(Column::Customer)).data().toString();
        std::sort(shown.begin(), shown.end());
        std::sort(customers.begin(), customers.end());
        QCOMPARE(shown, customers);
        QCOMPARE(model.totalCount(), customers.size());
    }

    void aCheckoutShownIsRestoredIdentical() {
        const QString path = m_small->filePath(u"history.sqlite"_s);
        const Checkout shown = HistoryTestData::enrichedChargily();
        LookupError notFound;
        notFound.kind = ErrorKind::NotFound;
        notFound.message = u"No checkout with this id"_s;
        notFound.httpStatus = 404;
        const QDateTime foundAt(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC);
        {
            HistoryStore store(path);
            RecentLookupsModel model;
            model.setHistory(&store);
            const quint64 failed =
                model.beginLookup(u"cs_missing1"_s, u"cs_missing1"_s, u"orqex"_s, {});
            model.setFailed(failed, notFound, foundAt.addSecs(-60));
            const quint64 found =
                model.beginLookup(shown.id, shown.id, u"chargily"_s, u"dz-live"_s);
            model.setFound(found, shown, foundAt);
        }
        HistoryStore store(path);
        RecentLookupsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(&store);
        QCOMPARE(model.rowCount(), 2);
        const LookupEntry restored = model.completeEntry(0);
        QCOMPARE(restored.state, LookupEntry::State::Found);
        QCOMPARE(restored.lookedUpAt, foundAt);
        QCOMPARE(restored.account, u"dz-live"_s);
        QCOMPARE(restored.checkout->customer->name, shown.customer->name);
        QCOMPARE(restored.checkout->items.size(), shown.items.size());
        // The pane draws exactly what it drew before the restart.
        QCOMPARE(paneImage(*restored.checkout), paneImage(shown));

        const LookupEntry &failed = model.entry(1);
        QCOMPARE(failed.state, LookupEntry::State::Failed);
        QCOMPARE(failed.error, notFound);
        QCOMPARE(failed.lookedUpAt, foundAt.addSecs(-60));
        QCOMPARE(model.index(1, static_cast<int>(Column::Status)).data().toString(),
                 u"Not found"_s);
    }

    void lookingUpAnOldRowBringsItUpOnce() {
        HistoryStore store(m_small->filePath(u"history.sqlite"_s));
        QList<HistoryEntry> entries;
        for (int n = 0; n < 500; ++n)
            entries.append(HistoryTestData::numbered(n, start));
        QVERIFY(store.saveAll(entries));
        RecentLookupsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(&store);
        const Checkout old = *entries.at(3).checkout;
        const quint64 key = model.beginLookup(old.id, old.id, u"orqex"_s, {});
        QCOMPARE(model.rowOfKey(key), 0);
        QVERIFY(model.entry(0).checkout); // what the history had, while it is looked up
        QCOMPARE(model.entry(0).checkout->id, old.id);
        Checkout paid = old;
        paid.status = CheckoutStatus::Paid;
        model.setFound(key, paid, start.addDays(1));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 500);
        int seen = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            seen += model.entry(row).id == old.id ? 1 : 0;
        QCOMPARE(seen, 1);
    }

    void removeAndClearReachTheHistory() {
        HistoryStore store(m_small->filePath(u"history.sqlite"_s));
        QList<HistoryEntry> entries;
        for (int n = 0; n < 5; ++n)
            entries.append(HistoryTestData::numbered(n, start));
        QVERIFY(store.saveAll(entries));
        RecentLookupsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(&store);
        QVERIFY(model.removeRows(1, 2));
        QCOMPARE(store.count(), 3);
        const quint64 running =
            model.beginLookup(u"cs_running1"_s, u"cs_running1"_s, u"orqex"_s, {});
        model.clearAll();
        QCOMPARE(store.count(), 0);
        QCOMPARE(model.rowCount(), 1); // the lookup in progress stays
        QCOMPARE(model.rowOfKey(running), 0);
    }

    void aCanceledLookupOfAFailedRowShowsTheFailureAgain() {
        HistoryStore store(m_small->filePath(u"history.sqlite"_s));
        RecentLookupsModel model;
        model.setHistory(&store);
        quint64 key = model.beginLookup(u"cs_missing1"_s, u"cs_missing1"_s, u"orqex"_s, {});
        model.setFailed(key, LookupError{ErrorKind::NotFound, u"No"_s, 404, {}, {}, -1}, start);
        key = model.beginLookup(u"cs_missing1"_s, u"cs_missing1"_s, u"orqex"_s, {});
        model.cancelLookup(key);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0).state, LookupEntry::State::Failed);
        QCOMPARE(store.count(), 1);
    }

private:
    QString longPath() const { return m_dir.filePath(u"long.sqlite"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_small;
};

QTEST_MAIN(TestHistoryModel)
#include "tst_HistoryModel.moc"
