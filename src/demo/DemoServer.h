#pragma once

#include "domain/Provider.h"
#include "providers/DemoApi.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

namespace Paydesk {

// A local stand-in for every built-in provider on 127.0.0.1 and a free port. Each provider's
// ProviderDemo (in its folder under src/providers) adds its API under its own root; this
// server adds what they share:
//   Avatars   GET <baseUrl>/media/avatars/{file}   image, with its Content-Type; no key
//   Keys      each provider's routes want `Authorization: Bearer <its key>` (random per
//             start()) and answer 401 otherwise
//   Ids       every response carries an X-Request-Id
// Bodies are stored as given and rewritten when served:
//   {{base}}               -> baseUrl(), e.g. "{{base}}/media/avatars/awa.png"
//   "{{iso:now-25m}}"      -> "2026-11-21T18:05:00Z"  (quotes included; units s, m, h, d)
//   "{{unix:now+25m}}"     -> 1763749500              (quotes replaced: a JSON number)
// relative to referenceTime(), which is the time of start() unless set.
class DemoServer : public QObject, private DemoHost {
    Q_OBJECT

public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Listens on 127.0.0.1 and a free port and makes new keys. False when it cannot listen.
    bool start();
    bool isListening() const;
    quint16 port() const;

    QUrl baseUrl() const override;                      // http://127.0.0.1:P
    QUrl apiBaseUrl(const ProviderKey &provider) const; // the provider's demo API root
    QUrl avatarUrl(const QString &fileName) const;      // http://127.0.0.1:P/media/avatars/<file>
    QList<ProviderKey> providers() const;               // the providers it plays, in order

    // The key the provider's routes accept; empty before start(). Never log it.
    QString key(const ProviderKey &provider) const;

    QDateTime referenceTime() const;
    void setReferenceTime(const QDateTime &now); // pins the time placeholders

    // Demo data, see ProviderDemo: each returns the id it was stored under, or an empty string
    // when the provider, the kind or the JSON is wrong.
    QString addCheckout(const ProviderKey &provider, const QByteArray &json);
    QString addRecord(const ProviderKey &provider, const QString &kind, const QByteArray &json,
                      const QString &checkoutId = {});
    QStringList checkoutIds(const ProviderKey &provider) const; // in the order added
    // Served at /media/avatars/<fileName>; the Content-Type is guessed from the name when
    // empty. The bundled demo avatars (:/demo/avatars) are served without being added.
    void addAvatar(const QString &fileName, const QByteArray &data,
                   const QByteArray &contentType = {});
    void clearData(); // every provider's records and the added avatars

    int pageSize() const override;
    void setPageSize(int perPage); // default 10; ?per_page overrides (1..50)

    // The underlying server, for more routes or after-request handlers.
    QHttpServer *httpServer();

private:
    ProviderDemo *demo(const ProviderKey &provider) const;
    void setUpRoutes();
    QHttpServerResponse avatar(const QString &fileName) const;
    QByteArray resolve(const QByteArray &body) const override;
    bool authorized(const QHttpServerRequest &request, const ProviderKey &provider) const override;
    QHttpServerResponse payPage(const QString &id, bool known) const override;

    std::unique_ptr<QHttpServer> m_server;
    std::vector<std::unique_ptr<ProviderDemo>> m_demos;
    quint16 m_port = 0;
    QHash<ProviderKey, QString> m_keys;
    QDateTime m_referenceTime;
    bool m_referencePinned = false;
    quint64 m_nextRequest = 0;
    QHash<QString, QPair<QByteArray, QByteArray>> m_avatars; // data, content type
    int m_pageSize = 10;
};

} // namespace Paydesk
