// The dashboard's data work at the sizes an operator reaches: the SQLite history written one
// lookup at a time and read back (re-parsed) when the window opens, and the recent-lookups
// table reset, sorted by exact amount and filtered.
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
        checkout.id = QStringLiteral("01hj5n7cqpaf0mt2d0xx%1").arg(i, 6, 10, QLatin1Char('0'));
        checkout.amount = Money::fromUnits((i * 7919) % 1000000, 0, QStringLiteral("DZD"));
        checkout.customer = Customer{};
        checkout.customer->name = QStringLiteral("Customer %1").arg(i);
        rows.append({checkout, now.addSecs(-i)});
    }
    return rows;
}

} // namespace

class BenchDashboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void historyWriteFiveHundred() {
        const QList<std::pair<Checkout, QDateTime>> rows =
            manyCheckouts(HistoryStore::defaultLimit);
        QBENCHMARK {
            QTemporaryDir dir;
            HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
            for (const auto &[checkout, when] : rows) {
                if (!store.record(checkout, when))
                    QFAIL("record failed");
            }
        }
    }

    void historyLoadFiveHundred() {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
        for (const auto &[checkout, when] : manyCheckouts(HistoryStore::defaultLimit))
            QVERIFY(store.record(checkout, when));
        QBENCHMARK {
            if (store.load().size() != HistoryStore::defaultLimit)
                QFAIL("wrong count");
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
};

QTEST_MAIN(BenchDashboard)
#include "BenchDashboard.moc"
