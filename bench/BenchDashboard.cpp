// The dashboard's data work at the sizes an operator reaches: the SQLite history written one
// lookup at a time, a 100,000-row history opened (first page) and searched, and the
// recent-lookups table reset, sorted by exact amount and filtered.
#include "gui/lookups/RecentLookupsModel.h"
#include "gui/lookups/RecentLookupsProxy.h"
#include "providers/chargily/ChargilyParser.h"
#include "storage/HistoryStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Paydesk;

namespace {

Checkout fixtureCheckout() {
    QFile file(QStringLiteral(PAYDESK_FIXTURES_DIR "/chargily/checkout_docs_example.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    Result<Checkout> parsed = parseChargilyCheckout(file.readAll());
    if (!parsed.ok())
        qFatal("fixture does not parse");
    Checkout checkout = parsed.value();
    checkout.account = QStringLiteral("bench");
    return checkout;
}

// `count` checkouts with distinct ids, amounts and customers.
QList<std::pair<Checkout, QDateTime>> manyCheckouts(int count) {
    const Checkout base = fixtureCheckout();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<std::pair<Checkout, QDateTime>> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        Checkout checkout = base;
        checkout.id = QStringLiteral("01hj5n7cqpaf0mt2d0x%1").arg(i, 7, 10, QLatin1Char('0'));
        checkout.amount = Money::fromUnits((i * 7919) % 1000000, 0, QStringLiteral("DZD"));
        checkout.customer = Customer{};
        checkout.customer->name = QStringLiteral("Customer %1").arg(i);
        rows.append({checkout, now.addSecs(-i)});
    }
    return rows;
}

HistoryEntry entryOf(const Checkout &checkout, const QDateTime &when) {
    HistoryEntry entry;
    entry.input = checkout.id;
    entry.id = checkout.id;
    entry.provider = checkout.provider;
    entry.lookedUpAt = when;
    entry.checkout = checkout;
    return entry;
}

constexpr int historyRows = 100000;

} // namespace

class BenchDashboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        HistoryStore store(m_dir.filePath(QStringLiteral("long.sqlite")));
        QList<HistoryEntry> entries;
        for (const auto &[checkout, when] : manyCheckouts(historyRows))
            entries.append(entryOf(checkout, when));
        QVERIFY(store.saveAll(entries));
    }

    void historyWriteFiveHundred() {
        const QList<std::pair<Checkout, QDateTime>> rows = manyCheckouts(500);
        QBENCHMARK {
            QTemporaryDir dir;
            HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
            for (const auto &[checkout, when] : rows) {
                if (!store.save(entryOf(checkout, when)))
                    QFAIL("save failed");
            }
        }
    }

    // What the window does at start: open the file and read the first page into the model.
    void historyOpenHundredThousand() {
        QBENCHMARK {
            HistoryStore store(m_dir.filePath(QStringLiteral("long.sqlite")));
            RecentLookupsModel model;
            model.setHistory(&store);
            if (model.rowCount() != RecentLookupsModel::pageSize || !model.canFetchMore({}))
                QFAIL("wrong first page");
        }
    }

    void historySearchHundredThousand() {
        HistoryStore store(m_dir.filePath(QStringLiteral("long.sqlite")));
        RecentLookupsModel model;
        model.setHistory(&store);
        QBENCHMARK {
            model.setSearchText(QStringLiteral("customer 4242"));
            if (model.rowCount() != 11) // 4242, 42420..42429
                QFAIL("wrong match count");
            model.setSearchText({});
        }
    }

    void tableResetAndSortFiveThousand() {
        const QList<std::pair<Checkout, QDateTime>> rows = manyCheckouts(5000);
        RecentLookupsModel model;
        RecentLookupsProxy proxy;
        proxy.setSourceModel(&model);
        QBENCHMARK {
            model.resetCheckouts(rows);
            proxy.sort(int(RecentLookupsModel::Column::Amount), Qt::AscendingOrder);
        }
    }

    void tableFilterFiveThousand() {
        RecentLookupsModel model;
        RecentLookupsProxy proxy;
        proxy.setSourceModel(&model);
        model.resetCheckouts(manyCheckouts(5000));
        QBENCHMARK {
            // The proxy filters lazily: asking for the row count makes it do the work.
            proxy.setFilterText(QStringLiteral("Customer 49"));
            if (proxy.rowCount() != 111) // 49, 490-499, 4900-4999
                QFAIL("wrong match count");
            proxy.setFilterText({});
            if (proxy.rowCount() != 5000)
                QFAIL("filter not cleared");
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(BenchDashboard)
#include "BenchDashboard.moc"
