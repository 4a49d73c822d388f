#pragma once

#include "domain/Checkout.h"

#include <QDateTime>
#include <QString>

namespace Paydesk::TestData {

// A found checkout with the fields the recent lookups show.
inline Checkout checkout(const QString &id, const QString &amount, const QString &currency,
                         const QString &customer, const QString &account,
                         const QDateTime &created = {}) {
    Checkout c;
    c.id = id;
    c.provider = id.startsWith(u"cs_") ? QStringLiteral("orqex") : QStringLiteral("chargily");
    c.account = account;
    c.mode = Mode::Test;
    c.status = CheckoutStatus::Paid;
    c.providerStatus = QStringLiteral("paid");
    c.amount = Money::fromDecimal(amount, currency);
    Q_ASSERT(c.amount);
    if (!customer.isEmpty())
        c.customer = Customer{QStringLiteral("cus_1"),
                              customer,
                              customer.toLower() + QStringLiteral("@example.com"),
                              {},
                              {}};
    c.checkoutUrl = QUrl(QStringLiteral("https://pay.example.com/checkout/") + id);
    c.createdAt = created.isValid() ? created : QDateTime::currentDateTimeUtc();
    return c;
}

} // namespace Paydesk::TestData
