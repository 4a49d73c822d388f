#pragma once

#include "providers/DemoApi.h"

#include <QHash>

namespace Paydesk {

// Orqex for the demo server: GET <root>/payment/checkouts/{id} answers the stored envelope
// {message, data{checkout, ...}}; /orqex/pay/{id} stands in for the payment page.
class OrqexDemo : public ProviderDemo {
public:
    ProviderKey provider() const override;
    QString apiRoot() const override;
    QString newKey() const override; // "sk_test_" + 32 random hex digits
    void addRoutes(QHttpServer &server, const DemoHost &host) override;
    QString addCheckout(const QByteArray &json) override;
    QString addRecord(const QString &kind, const QByteArray &json,
                      const QString &checkoutId) override;
    QStringList checkoutIds() const override;
    void clear() override;

private:
    QHash<QString, QByteArray> m_checkouts;
    QStringList m_order;
};

} // namespace Paydesk
