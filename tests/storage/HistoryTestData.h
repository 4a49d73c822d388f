// Checkouts and lookups for the history tests, from the shared provider fixtures.
#pragma once

#include "providers/chargily/ChargilyParser.h"
#include "providers/orqex/OrqexParser.h"
#include "storage/HistoryEntry.h"

#include <QFile>

namespace HistoryTestData {

inline QByteArray fixture(const QString &name) {
    QFile file(QStringLiteral(PAYDESK_FIXTURES_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// A Chargily checkout as the pane shows it: enriched with its customer and items.
inline Paydesk::Checkout enrichedChargily() {
    using namespace Paydesk;
    Checkout checkout =
        parseChargilyCheckout(fixture(QStringLiteral("chargily/checkout_paid_edahabia.json")))
            .value();
    checkout.customer =
        parseChargilyCustomer(fixture(QStringLiteral("chargily/customer.json"))).value();
    checkout.items =
        parseChargilyItems(fixture(QStringLiteral("chargily/checkout_items.json"))).value().items;
    checkout.account = QStringLiteral("dz-live");
    return checkout;
}

inline Paydesk::Checkout orqex() {
    using namespace Paydesk;
    Checkout checkout = parseOrqexCheckout(fixture(QStringLiteral("orqex/checkout_sdk_shape.json")),
                                           QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC))
                            .value();
    checkout.account = QStringLiteral("xof-test");
    if (!checkout.mode)
        checkout.mode = Mode::Test;
    return checkout;
}

inline Paydesk::HistoryEntry found(const Paydesk::Checkout &checkout, const QDateTime &when) {
    Paydesk::HistoryEntry entry;
    entry.input = checkout.id;
    entry.id = checkout.id;
    entry.provider = checkout.provider;
    entry.lookedUpAt = when;
    entry.checkout = checkout;
    return entry;
}

// Row `n` of a long history: a small Orqex-like checkout with its own id and customer.
inline Paydesk::HistoryEntry numbered(int n, const QDateTime &start) {
    using namespace Paydesk;
    Checkout checkout;
    checkout.id = QStringLiteral("cs_row%1").arg(n, 7, 10, QLatin1Char('0'));
    checkout.provider = QStringLiteral("orqex");
    checkout.account = QStringLiteral("xof-test");
    checkout.mode = Mode::Test;
    checkout.status = n % 3 == 0 ? CheckoutStatus::Paid : CheckoutStatus::Open;
    checkout.amount = Money::fromUnits(1000 + n, 0, QStringLiteral("XOF"));
    checkout.customer = Customer{
        {}, QStringLiteral("Customer %1").arg(n), QStringLiteral("c%1@example.com").arg(n), {}, {}};
    checkout.createdAt = start.addSecs(n);
    checkout.rawJson = QByteArrayLiteral("{\"id\":\"") + checkout.id.toUtf8() + "\"}";
    return found(checkout, start.addSecs(n));
}

} // namespace HistoryTestData
