#pragma once

#include "providers/PaymentProvider.h"

namespace Paydesk {

// Orqex (XOF): ids "cs_" and up to 120 letters, digits or underscores; one API root for both
// modes; GET /payment/checkouts/{id} answers the whole checkout in an envelope.
class OrqexProvider : public PaymentProvider {
public:
    static ProviderKey providerKey(); // "orqex"

    ProviderKey key() const override;
    QString displayName() const override;
    QUrl defaultBaseUrl(Mode mode) const override;
    std::optional<QString> recognizeId(QStringView text) const override;
    std::optional<QString> explainInvalidId(QStringView text) const override;
    QString idFormat() const override;
    QString keyCheckId() const override;
    QStringList checkoutPath(const QString &id) const override;
    Result<Checkout> parseCheckout(const QByteArray &body, const QDateTime &now) const override;
    QString methodIcon(const QString &methodCode) const override;
};

} // namespace Paydesk
