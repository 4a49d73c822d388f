#include "providers/orqex/OrqexDemo.h"

#include "providers/DemoResponses.h"
#include "providers/orqex/OrqexProvider.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Paydesk {

ProviderKey OrqexDemo::provider() const {
    return OrqexProvider::providerKey();
}

QString OrqexDemo::apiRoot() const {
    return u"/orqex/v1"_s;
}

QString OrqexDemo::newKey() const {
    return u"sk_test_"_s + DemoResponses::randomText("0123456789abcdef", 32);
}

void OrqexDemo::addRoutes(QHttpServer &server, const DemoHost &host) {
    using Method = QHttpServerRequest::Method;
    server.route(apiRoot() + u"/payment/checkouts/<arg>"_s, Method::Get,
                 [this, &host](const QString &id, const QHttpServerRequest &request) {
                     if (!host.authorized(request, provider()))
                         return DemoResponses::unauthenticated();
                     const auto found = m_checkouts.constFind(id);
                     if (found == m_checkouts.constEnd())
                         return DemoResponses::message(u"Checkout session not found."_s, 404);
                     return DemoResponses::json(host.resolve(*found));
                 });
    server.route(u"/orqex/pay/<arg>"_s, Method::Get, [this, &host](const QString &id) {
        return host.payPage(id, m_checkouts.contains(id));
    });
}

QString OrqexDemo::addCheckout(const QByteArray &json) {
    const QString id = QJsonDocument::fromJson(json)
                           .object()
                           .value("data"_L1)
                           .toObject()
                           .value("checkout"_L1)
                           .toObject()
                           .value("id"_L1)
                           .toString();
    if (id.isEmpty())
        return {};
    if (!m_checkouts.contains(id))
        m_order.append(id);
    m_checkouts.insert(id, json);
    return id;
}

QString OrqexDemo::addRecord(const QString & /*kind*/, const QByteArray & /*json*/,
                             const QString & /*checkoutId*/) {
    return {}; // a checkout answer holds everything
}

QStringList OrqexDemo::checkoutIds() const {
    return m_order;
}

void OrqexDemo::clear() {
    m_checkouts.clear();
    m_order.clear();
}

} // namespace Paydesk
