#pragma once

#include "providers/DemoApi.h"

#include <QHash>

namespace Paydesk {

// Chargily Pay for the demo server, under its test root:
//   GET <root>/checkouts/{id}           the bare checkout
//   GET <root>/checkouts/{id}/items     Laravel paging (?page, ?per_page)
//   GET <root>/customers/{id}
//   GET <root>/checkouts                newest first, Laravel paging
// and /chargily/test/checkouts/{id}/pay stands in for the payment page. Records: "customer",
// and "items" of a checkout (a JSON array, or a whole page whose data is taken).
class ChargilyDemo : public ProviderDemo {
public:
    ProviderKey provider() const override;
    QString apiRoot() const override;
    QString newKey() const override; // "test_sk_" + 40 random [0-9a-z]
    void addRoutes(QHttpServer &server, const DemoHost &host) override;
    QString addCheckout(const QByteArray &json) override;
    QString addRecord(const QString &kind, const QByteArray &json,
                      const QString &checkoutId) override;
    QStringList checkoutIds() const override;
    void clear() override;

private:
    QHash<QString, QByteArray> m_checkouts;
    QStringList m_order;
    QHash<QString, QByteArray> m_customers;
    QHash<QString, QByteArray> m_items; // JSON arrays
};

} // namespace Paydesk
