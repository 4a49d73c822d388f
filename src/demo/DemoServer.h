#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace Paydesk {

using DemoHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request the server answered, for tests. `headers` are as received, Authorization
// included: never log them.
struct DemoRequest {
    QString method; // "GET", "POST", ...
    QString path;   // decoded URL path, e.g. "/chargily/test/api/v2/customers/01hj..."
    QString query;  // the query string without '?', e.g. "page=2"
    DemoHeaders headers;
    int status = 0;       // the status it was answered with
    QByteArray requestId; // the X-Request-Id it was answered with
};

// A local stand-in for both providers on 127.0.0.1 and a free port, speaking providers.md:
//   Orqex     GET <orqexBaseUrl>/payment/checkouts/{id}        envelope {message, data{...}}
//   Chargily  GET <chargilyBaseUrl>/checkouts/{id}             bare checkout
//             GET <chargilyBaseUrl>/checkouts/{id}/items       Laravel paging (?page, ?per_page)
//             GET <chargilyBaseUrl>/customers/{id}
//             GET <chargilyBaseUrl>/checkouts                  newest first, Laravel paging
//   Avatars   GET <baseUrl>/media/avatars/{file}               image, with its Content-Type
//   Pages     GET <baseUrl>/orqex/pay/{id}, <chargilyRoot>/checkouts/{id}/pay: the demo data's
//             checkout_url, a small HTML page saying it is a demo
// Each provider's routes want `Authorization: Bearer <its key>` (keys are random per start())
// and answer 401 otherwise, 404 with the provider's error body for an unknown id, and every
// response carries an X-Request-Id. Avatars need no key.
//
// Bodies are stored as given and rewritten when served:
//   {{base}}               -> baseUrl(), e.g. "{{base}}/media/avatars/awa.png"
//   "{{iso:now-25m}}"      -> "2026-11-21T18:05:00Z"  (quotes included; units s, m, h, d)
//   "{{unix:now+25m}}"     -> 1763749500              (quotes replaced: a JSON number)
// relative to referenceTime(), which is the time of start() unless set.
class DemoServer : public QObject {
    Q_OBJECT

public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Listens on 127.0.0.1 and a free port and makes new keys. False when it cannot listen.
    bool start();
    bool isListening() const;
    quint16 port() const;

    QUrl baseUrl() const;                          // http://127.0.0.1:P
    QUrl orqexBaseUrl() const;                     // http://127.0.0.1:P/orqex/v1
    QUrl chargilyBaseUrl() const;                  // http://127.0.0.1:P/chargily/test/api/v2
    QUrl avatarUrl(const QString &fileName) const; // http://127.0.0.1:P/media/avatars/<file>

    // The keys each provider's routes accept; empty before start(). Never log them.
    QString orqexKey() const;    // "sk_test_" + 32 random hex digits
    QString chargilyKey() const; // "test_sk_" + 40 random [0-9a-z]

    QDateTime referenceTime() const;
    void setReferenceTime(const QDateTime &now); // for tests: pins the time placeholders

    // Test and demo data. Each returns the id it was stored under, or an empty string when
    // the JSON has none (Orqex: data.checkout.id; Chargily: id). A second add replaces.
    QString addOrqexCheckout(const QByteArray &envelopeJson);
    QString addChargilyCheckout(const QByteArray &json);
    QString addChargilyCustomer(const QByteArray &json);
    // A JSON array of items, or a whole page ({data: [...]}) whose items are taken; the server
    // pages them itself. False when neither.
    bool addChargilyItems(const QString &checkoutId, const QByteArray &json);
    // Served at /media/avatars/<fileName>; the Content-Type is guessed from the name when
    // empty. The bundled demo avatars (:/demo/avatars) are served without being added.
    void addAvatar(const QString &fileName, const QByteArray &data,
                   const QByteArray &contentType = {});
    void clearData(); // checkouts, customers, items and added avatars

    QStringList orqexCheckoutIds() const;    // in the order added
    QStringList chargilyCheckoutIds() const; // in the order added
    int itemsPerPage() const;
    void setItemsPerPage(int perPage); // default 10, as Chargily; ?per_page overrides (1..50)

    // The next request for `path` (as in DemoRequest::path) that passed the key check gets
    // this answer instead, once per call, in the order queued; X-Request-Id is still added.
    // For retries, rate limits (Retry-After) and server errors in tests.
    void enqueueResponse(const QString &path, int status, const QByteArray &body,
                         const DemoHeaders &headers = {});

    // What was asked so far. An empty path counts every request.
    int requestCount(const QString &path = {}) const;
    QList<DemoRequest> requests() const;
    void clearRequests();

Q_SIGNALS:
    void requestSeen(const Paydesk::DemoRequest &request);

private:
    struct Queued {
        QString path;
        int status = 200;
        QByteArray body;
        DemoHeaders headers;
    };

    void setUpRoutes();
    QHttpServerResponse orqexCheckout(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse chargilyCheckout(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse chargilyList(const QHttpServerRequest &request);
    QHttpServerResponse chargilyItems(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse chargilyCustomer(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse avatar(const QString &fileName) const;
    QHttpServerResponse payPage(const QString &id, bool known) const;
    std::optional<QHttpServerResponse> refuse(const QHttpServerRequest &request, const QString &key,
                                              const QByteArray &body);
    QByteArray resolve(const QByteArray &body) const;
    QHttpServerResponse finish(QHttpServerResponse &&response, const QHttpServerRequest &request);

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QString m_orqexKey;
    QString m_chargilyKey;
    QDateTime m_referenceTime;
    bool m_referencePinned = false;
    quint64 m_nextRequest = 0;

    QHash<QString, QByteArray> m_orqexCheckouts;
    QStringList m_orqexOrder;
    QHash<QString, QByteArray> m_chargilyCheckouts;
    QStringList m_chargilyOrder;
    QHash<QString, QByteArray> m_chargilyCustomers;
    QHash<QString, QByteArray> m_chargilyItems;              // JSON arrays
    QHash<QString, QPair<QByteArray, QByteArray>> m_avatars; // data, content type
    int m_itemsPerPage = 10;
    QList<Queued> m_queued;
    QList<DemoRequest> m_requests; // the latest kMaxRequestsKept
    QHash<QString, int> m_requestCounts;
    int m_requestTotal = 0;
};

} // namespace Paydesk

Q_DECLARE_METATYPE(Paydesk::DemoRequest)
