#pragma once

#include "domain/Provider.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace Paydesk {

// What the demo server offers the providers it plays.
class DemoHost {
public:
    virtual ~DemoHost() = default;
    virtual QUrl baseUrl() const = 0; // http://127.0.0.1:P
    // `body` with its placeholders ({{base}}, "{{iso:now-25m}}", "{{unix:now+25m}}") resolved.
    virtual QByteArray resolve(const QByteArray &body) const = 0;
    // Whether `request` carries `Authorization: Bearer <the provider's demo key>`.
    virtual bool authorized(const QHttpServerRequest &request,
                            const ProviderKey &provider) const = 0;
    virtual int pageSize() const = 0; // items per page of a paged list
    // The stand-in for a provider's payment page: a short HTML page, or 404 when not `known`.
    virtual QHttpServerResponse payPage(const QString &id, bool known) const = 0;
};

// One provider as the demo server plays it: its API under its root, a key of its shape, and
// the demo records it serves. One subclass per provider, in the provider's folder.
class ProviderDemo {
public:
    ProviderDemo() = default;
    virtual ~ProviderDemo() = default;
    ProviderDemo(const ProviderDemo &) = delete;
    ProviderDemo &operator=(const ProviderDemo &) = delete;

    virtual ProviderKey provider() const = 0;
    // The path of the demo account's base URL, e.g. "/<key>/v1".
    virtual QString apiRoot() const = 0;
    // A fresh random key of the provider's shape, made each time the server starts.
    virtual QString newKey() const = 0;
    // Adds the provider's routes; `host` outlives them.
    virtual void addRoutes(QHttpServer &server, const DemoHost &host) = 0;

    // Stores a checkout answer; returns its id, or an empty string when the JSON has none.
    // A second add of the same id replaces it.
    virtual QString addCheckout(const QByteArray &json) = 0;
    // Stores another record `kind` the provider serves ("customer", "items" of `checkoutId`);
    // returns its id (for items, the checkout's), or empty when the kind or the JSON is wrong.
    virtual QString addRecord(const QString &kind, const QByteArray &json,
                              const QString &checkoutId) = 0;
    virtual QStringList checkoutIds() const = 0; // in the order added
    virtual void clear() = 0;
};

// Every built-in provider's demo, in the registry's order.
std::vector<std::unique_ptr<ProviderDemo>> builtInDemos();

} // namespace Paydesk
