#pragma once

#include "providers/PaymentProvider.h"

namespace Paydesk {

// Chargily Pay (DZD): ids of 26 letters and digits (upper case folded); one API root per mode;
// GET /checkouts/{id} answers the bare checkout, and the customer's name and the items come
// from /customers/{id} and /checkouts/{id}/items (paged) as follow-ups.
class ChargilyProvider : public PaymentProvider {
public:
    static ProviderKey providerKey(); // "chargily"

    ProviderKey key() const override;
    QString displayName() const override;
    QUrl defaultBaseUrl(Mode mode) const override;
    std::optional<QString> recognizeId(QStringView text) const override;
    std::optional<QString> explainInvalidId(QStringView text) const override;
    QString idFormat() const override;
    QString keyCheckId() const override;
    QStringList checkoutPath(const QString &id) const override;
    Result<Checkout> parseCheckout(const QByteArray &body, const QDateTime &now) const override;
    QList<FollowUp> followUps(const Checkout &checkout) const override;
    QString methodIcon(const QString &methodCode) const override;
};

} // namespace Paydesk
