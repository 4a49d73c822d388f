#include "providers/chargily/ChargilyDemo.h"

#include "providers/DemoResponses.h"
#include "providers/chargily/ChargilyProvider.h"
#include "providers/chargily/LaravelPaging.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

QString idOf(const QByteArray &json) {
    return QJsonDocument::fromJson(json).object().value("id"_L1).toString();
}

QHttpServerResponse page(const QJsonArray &all, const QHttpServerRequest &request,
                         const DemoHost &host, const QString &path) {
    QUrl url = host.baseUrl();
    url.setPath(path);
    return DemoResponses::json(
        QJsonDocument(laravelPage(all, request.query(), url, host.pageSize()))
            .toJson(QJsonDocument::Compact));
}

} // namespace

ProviderKey ChargilyDemo::provider() const {
    return ChargilyProvider::providerKey();
}

QString ChargilyDemo::apiRoot() const {
    return u"/chargily/test/api/v2"_s;
}

QString ChargilyDemo::newKey() const {
    return u"test_sk_"_s + DemoResponses::randomText("0123456789abcdefghijklmnopqrstuvwxyz", 40);
}

void ChargilyDemo::addRoutes(QHttpServer &server, const DemoHost &host) {
    using Method = QHttpServerRequest::Method;
    const QString root = apiRoot();
    server.route(root + u"/checkouts"_s, Method::Get,
                 [this, &host, root](const QHttpServerRequest &request) {
                     if (!host.authorized(request, provider()))
                         return DemoResponses::unauthenticated();
                     QList<QJsonObject> checkouts;
                     for (const QString &id : std::as_const(m_order))
                         checkouts.append(
                             QJsonDocument::fromJson(host.resolve(m_checkouts.value(id))).object());
                     // Newest first, as the API lists them.
                     std::stable_sort(checkouts.begin(), checkouts.end(),
                                      [](const QJsonObject &a, const QJsonObject &b) {
                                          return a.value("created_at"_L1).toInteger()
                                                 > b.value("created_at"_L1).toInteger();
                                      });
                     QJsonArray all;
                     for (const QJsonObject &checkout : std::as_const(checkouts))
                         all.append(checkout);
                     return page(all, request, host, root + u"/checkouts"_s);
                 });
    server.route(root + u"/checkouts/<arg>"_s, Method::Get,
                 [this, &host](const QString &id, const QHttpServerRequest &request) {
                     if (!host.authorized(request, provider()))
                         return DemoResponses::unauthenticated();
                     const auto found = m_checkouts.constFind(id);
                     if (found == m_checkouts.constEnd())
                         return DemoResponses::message(u"Checkout not found."_s, 404);
                     return DemoResponses::json(host.resolve(*found));
                 });
    server.route(root + u"/checkouts/<arg>/items"_s, Method::Get,
                 [this, &host, root](const QString &id, const QHttpServerRequest &request) {
                     if (!host.authorized(request, provider()))
                         return DemoResponses::unauthenticated();
                     if (!m_checkouts.contains(id))
                         return DemoResponses::message(u"Checkout not found."_s, 404);
                     const QJsonArray all =
                         QJsonDocument::fromJson(
                             host.resolve(m_items.value(id, QByteArrayLiteral("[]"))))
                             .array();
                     return page(all, request, host, root + u"/checkouts/"_s + id + u"/items"_s);
                 });
    server.route(root + u"/customers/<arg>"_s, Method::Get,
                 [this, &host](const QString &id, const QHttpServerRequest &request) {
                     if (!host.authorized(request, provider()))
                         return DemoResponses::unauthenticated();
                     const auto found = m_customers.constFind(id);
                     if (found == m_customers.constEnd())
                         return DemoResponses::message(u"Customer not found."_s, 404);
                     return DemoResponses::json(host.resolve(*found));
                 });
    server.route(
        u"/chargily/test/checkouts/<arg>/pay"_s, Method::Get,
        [this, &host](const QString &id) { return host.payPage(id, m_checkouts.contains(id)); });
}

QString ChargilyDemo::addCheckout(const QByteArray &json) {
    const QString id = idOf(json);
    if (id.isEmpty())
        return {};
    if (!m_checkouts.contains(id))
        m_order.append(id);
    m_checkouts.insert(id, json);
    return id;
}

QString ChargilyDemo::addRecord(const QString &kind, const QByteArray &json,
                                const QString &checkoutId) {
    if (kind == "customer"_L1) {
        const QString id = idOf(json);
        if (!id.isEmpty())
            m_customers.insert(id, json);
        return id;
    }
    if (kind != "items"_L1 || checkoutId.isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QJsonArray items;
    if (document.isArray())
        items = document.array();
    else if (document.object().value("data"_L1).isArray())
        items = document.object().value("data"_L1).toArray();
    else
        return {};
    m_items.insert(checkoutId, QJsonDocument(items).toJson(QJsonDocument::Compact));
    return checkoutId;
}

QStringList ChargilyDemo::checkoutIds() const {
    return m_order;
}

void ChargilyDemo::clear() {
    m_checkouts.clear();
    m_order.clear();
    m_customers.clear();
    m_items.clear();
}

} // namespace Paydesk
