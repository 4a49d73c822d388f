// Writes a history file of N distinct Chargily lookups, for timing the window's start with a
// long history.
//   bench_history_fill FILE N
#include "providers/chargily/ChargilyParser.h"
#include "storage/HistoryStore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Paydesk;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s FILE N\n", argv[0]);
        return 2;
    }
    QFile fixture(QStringLiteral(PAYDESK_FIXTURES_DIR "/chargily/checkout_docs_example.json"));
    if (!fixture.open(QIODevice::ReadOnly))
        return 2;
    const Result<Checkout> parsed = parseChargilyCheckout(fixture.readAll());
    if (!parsed.ok())
        return 2;
    const int count = QByteArray(argv[2]).toInt();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<HistoryEntry> entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        Checkout checkout = parsed.value();
        checkout.account = QStringLiteral("bench");
        checkout.id = QStringLiteral("01hj5n7cqpaf0mt2d0x%1").arg(i, 7, 10, QLatin1Char('0'));
        checkout.amount = Money::fromUnits((i * 7919) % 1000000, 2, QStringLiteral("DZD"));
        checkout.customer = Customer{};
        checkout.customer->name = QStringLiteral("Customer %1").arg(i);
        HistoryEntry entry;
        entry.input = checkout.id;
        entry.id = checkout.id;
        entry.provider = checkout.provider;
        entry.lookedUpAt = now.addSecs(-i);
        entry.checkout = checkout;
        entries.append(entry);
    }
    HistoryStore store(QString::fromLocal8Bit(argv[1]));
    return store.saveAll(entries) ? 0 : 1;
}
