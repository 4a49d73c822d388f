#include "demo/DemoServer.h"

#include "demo/DemoLog.h"
#include "demo/DemoPaging.h"
#include "demo/DemoPlaceholders.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

constexpr int kMaxRequestsKept = 500;

const QString kOrqexRoot = u"/orqex/v1"_s;
const QString kChargilyRoot = u"/chargily/test/api/v2"_s;
const QString kAvatarRoot = u"/media/avatars"_s;
const QString kChargilyPayRoot = u"/chargily/test/checkouts"_s;
const QString kBundledAvatars = u":/demo/avatars/"_s;

using StatusCode = QHttpServerResponder::StatusCode;

// Both providers answer a missing or wrong key this way (Laravel's wording).
const QByteArray kUnauthenticated = QByteArrayLiteral(R"({"message":"Unauthenticated."})");

QString randomText(const char *alphabet, int length) {
    const int size = int(qstrlen(alphabet));
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(size)]);
    return text;
}

QHttpServerResponse json(const QJsonObject &object, int status) {
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(object).toJson(QJsonDocument::Compact),
                               static_cast<StatusCode>(status));
}

QHttpServerResponse message(const QString &text, int status) {
    return json(QJsonObject{{u"message"_s, text}}, status);
}

QHttpServerResponse jsonBody(const QByteArray &body, int status = 200) {
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body,
                               static_cast<StatusCode>(status));
}

QString methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    default:
        return u"OTHER"_s;
    }
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name) {
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

// The id in a stored JSON body: Orqex data.checkout.id, Chargily id.
QString idAt(const QByteArray &body, const QStringList &path) {
    QJsonValue value = QJsonDocument::fromJson(body).object();
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value.toString();
}

} // namespace

DemoServer::DemoServer(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<DemoRequest>();
}

DemoServer::~DemoServer() = default;

bool DemoServer::start() {
    if (isListening())
        return true;
    auto server = std::make_unique<QHttpServer>();
    m_server = std::move(server);
    setUpRoutes();
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    if (m_port == 0) {
        qCWarning(lcDemo) << "The demo server could not listen on 127.0.0.1";
        m_server.reset();
        return false;
    }
    m_orqexKey = u"sk_test_"_s + randomText("0123456789abcdef", 32);
    m_chargilyKey = u"test_sk_"_s + randomText("0123456789abcdefghijklmnopqrstuvwxyz", 40);
    if (!m_referencePinned) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_referenceTime = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    }
    qCInfo(lcDemo) << "Demo server listening on" << baseUrl().toString();
    return true;
}

bool DemoServer::isListening() const {
    return m_server && m_port != 0;
}

quint16 DemoServer::port() const {
    return m_port;
}

QUrl DemoServer::baseUrl() const {
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QUrl DemoServer::orqexBaseUrl() const {
    QUrl url = baseUrl();
    if (!url.isEmpty())
        url.setPath(kOrqexRoot);
    return url;
}

QUrl DemoServer::chargilyBaseUrl() const {
    QUrl url = baseUrl();
    if (!url.isEmpty())
        url.setPath(kChargilyRoot);
    return url;
}

QUrl DemoServer::avatarUrl(const QString &fileName) const {
    QUrl url = baseUrl();
    if (!url.isEmpty())
        url.setPath(kAvatarRoot + u'/' + fileName);
    return url;
}

QString DemoServer::orqexKey() const {
    return m_orqexKey;
}

QString DemoServer::chargilyKey() const {
    return m_chargilyKey;
}

QDateTime DemoServer::referenceTime() const {
    return m_referenceTime;
}

void DemoServer::setReferenceTime(const QDateTime &now) {
    m_referenceTime = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    m_referencePinned = true;
}

QString DemoServer::addOrqexCheckout(const QByteArray &envelopeJson) {
    const QString id = idAt(envelopeJson, {u"data"_s, u"checkout"_s, u"id"_s});
    if (id.isEmpty())
        return {};
    if (!m_orqexCheckouts.contains(id))
        m_orqexOrder.append(id);
    m_orqexCheckouts.insert(id, envelopeJson);
    return id;
}

QString DemoServer::addChargilyCheckout(const QByteArray &json) {
    const QString id = idAt(json, {u"id"_s});
    if (id.isEmpty())
        return {};
    if (!m_chargilyCheckouts.contains(id))
        m_chargilyOrder.append(id);
    m_chargilyCheckouts.insert(id, json);
    return id;
}

QString DemoServer::addChargilyCustomer(const QByteArray &json) {
    const QString id = idAt(json, {u"id"_s});
    if (!id.isEmpty())
        m_chargilyCustomers.insert(id, json);
    return id;
}

bool DemoServer::addChargilyItems(const QString &checkoutId, const QByteArray &json) {
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QJsonArray items;
    if (document.isArray())
        items = document.array();
    else if (document.object().value(u"data"_s).isArray())
        items = document.object().value(u"data"_s).toArray();
    else
        return false;
    m_chargilyItems.insert(checkoutId, QJsonDocument(items).toJson(QJsonDocument::Compact));
    return true;
}

void DemoServer::addAvatar(const QString &fileName, const QByteArray &data,
                           const QByteArray &contentType) {
    QByteArray type = contentType;
    if (type.isEmpty())
        type = QMimeDatabase()
                   .mimeTypeForFile(fileName, QMimeDatabase::MatchExtension)
                   .name()
                   .toLatin1();
    m_avatars.insert(fileName, {data, type});
}

void DemoServer::clearData() {
    m_orqexCheckouts.clear();
    m_orqexOrder.clear();
    m_chargilyCheckouts.clear();
    m_chargilyOrder.clear();
    m_chargilyCustomers.clear();
    m_chargilyItems.clear();
    m_avatars.clear();
    m_queued.clear();
}

QStringList DemoServer::orqexCheckoutIds() const {
    return m_orqexOrder;
}

QStringList DemoServer::chargilyCheckoutIds() const {
    return m_chargilyOrder;
}

int DemoServer::itemsPerPage() const {
    return m_itemsPerPage;
}

void DemoServer::setItemsPerPage(int perPage) {
    m_itemsPerPage = std::clamp(perPage, 1, kMaxPerPage);
}

void DemoServer::enqueueResponse(const QString &path, int status, const QByteArray &body,
                                 const DemoHeaders &headers) {
    m_queued.append(Queued{path, status, body, headers});
}

int DemoServer::requestCount(const QString &path) const {
    return path.isEmpty() ? m_requestTotal : m_requestCounts.value(path);
}

QList<DemoRequest> DemoServer::requests() const {
    return m_requests;
}

void DemoServer::clearRequests() {
    m_requests.clear();
    m_requestCounts.clear();
    m_requestTotal = 0;
}

void DemoServer::setUpRoutes() {
    using Method = QHttpServerRequest::Method;
    m_server->route(kOrqexRoot + u"/payment/checkouts/<arg>"_s, Method::Get,
                    [this](const QString &id, const QHttpServerRequest &request) {
                        return orqexCheckout(id, request);
                    });
    m_server->route(kChargilyRoot + u"/checkouts"_s, Method::Get,
                    [this](const QHttpServerRequest &request) { return chargilyList(request); });
    m_server->route(kChargilyRoot + u"/checkouts/<arg>"_s, Method::Get,
                    [this](const QString &id, const QHttpServerRequest &request) {
                        return chargilyCheckout(id, request);
                    });
    m_server->route(kChargilyRoot + u"/checkouts/<arg>/items"_s, Method::Get,
                    [this](const QString &id, const QHttpServerRequest &request) {
                        return chargilyItems(id, request);
                    });
    m_server->route(kChargilyRoot + u"/customers/<arg>"_s, Method::Get,
                    [this](const QString &id, const QHttpServerRequest &request) {
                        return chargilyCustomer(id, request);
                    });
    m_server->route(u"/orqex/pay/<arg>"_s, Method::Get, [this](const QString &id) {
        return payPage(id, m_orqexCheckouts.contains(id));
    });
    m_server->route(kChargilyPayRoot + u"/<arg>/pay"_s, Method::Get, [this](const QString &id) {
        return payPage(id, m_chargilyCheckouts.contains(id));
    });
    m_server->route(kAvatarRoot + u"/<arg>"_s, Method::Get,
                    [this](const QString &fileName) { return avatar(fileName); });
    m_server->afterRequest(
        [this](QHttpServerResponse &&response, const QHttpServerRequest &request) {
            return finish(std::move(response), request);
        });
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            finish(message(u"Not Found"_s, 404), request).write(std::move(responder));
        });
}

std::optional<QHttpServerResponse> DemoServer::refuse(const QHttpServerRequest &request,
                                                      const QString &key, const QByteArray &body) {
    const QByteArray authorization = headerValue(request, QByteArrayLiteral("Authorization"));
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    const bool bearer = authorization.size() > scheme.size()
                        && authorization.left(scheme.size()).toLower() == scheme;
    if (!bearer || key.isEmpty() || authorization.mid(scheme.size()).trimmed() != key.toUtf8())
        return jsonBody(body, 401);

    const QString path = request.url().path();
    for (qsizetype i = 0; i < m_queued.size(); ++i) {
        if (m_queued.at(i).path != path)
            continue;
        const Queued queued = m_queued.takeAt(i);
        QHttpServerResponse response(QByteArrayLiteral("application/json"), queued.body,
                                     static_cast<StatusCode>(queued.status));
        for (const auto &header : queued.headers)
            response.setHeader(header.first, header.second);
        return response;
    }
    return std::nullopt;
}

QHttpServerResponse DemoServer::orqexCheckout(const QString &id,
                                              const QHttpServerRequest &request) {
    if (auto refused = refuse(request, m_orqexKey, kUnauthenticated))
        return std::move(*refused);
    const auto found = m_orqexCheckouts.constFind(id);
    if (found == m_orqexCheckouts.constEnd())
        return message(u"Checkout session not found."_s, 404);
    return jsonBody(resolve(*found));
}

QHttpServerResponse DemoServer::chargilyCheckout(const QString &id,
                                                 const QHttpServerRequest &request) {
    if (auto refused = refuse(request, m_chargilyKey, kUnauthenticated))
        return std::move(*refused);
    const auto found = m_chargilyCheckouts.constFind(id);
    if (found == m_chargilyCheckouts.constEnd())
        return message(u"Checkout not found."_s, 404);
    return jsonBody(resolve(*found));
}

QHttpServerResponse DemoServer::chargilyCustomer(const QString &id,
                                                 const QHttpServerRequest &request) {
    if (auto refused = refuse(request, m_chargilyKey, kUnauthenticated))
        return std::move(*refused);
    const auto found = m_chargilyCustomers.constFind(id);
    if (found == m_chargilyCustomers.constEnd())
        return message(u"Customer not found."_s, 404);
    return jsonBody(resolve(*found));
}

QHttpServerResponse DemoServer::chargilyItems(const QString &id,
                                              const QHttpServerRequest &request) {
    if (auto refused = refuse(request, m_chargilyKey, kUnauthenticated))
        return std::move(*refused);
    if (!m_chargilyCheckouts.contains(id))
        return message(u"Checkout not found."_s, 404);

    const QJsonArray all =
        QJsonDocument::fromJson(resolve(m_chargilyItems.value(id, QByteArrayLiteral("[]"))))
            .array();
    QUrl path = chargilyBaseUrl();
    path.setPath(kChargilyRoot + u"/checkouts/"_s + id + u"/items"_s);
    return json(laravelPage(all, request.query(), path, m_itemsPerPage), 200);
}

QHttpServerResponse DemoServer::chargilyList(const QHttpServerRequest &request) {
    if (auto refused = refuse(request, m_chargilyKey, kUnauthenticated))
        return std::move(*refused);
    QList<QJsonObject> checkouts;
    for (const QString &id : std::as_const(m_chargilyOrder))
        checkouts.append(QJsonDocument::fromJson(resolve(m_chargilyCheckouts.value(id))).object());
    // Newest first, as the API lists them.
    std::stable_sort(
        checkouts.begin(), checkouts.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"created_at"_s).toInteger() > b.value(u"created_at"_s).toInteger();
        });
    QJsonArray all;
    for (const QJsonObject &checkout : std::as_const(checkouts))
        all.append(checkout);
    QUrl path = chargilyBaseUrl();
    path.setPath(kChargilyRoot + u"/checkouts"_s);
    return json(laravelPage(all, request.query(), path, m_itemsPerPage), 200);
}

QHttpServerResponse DemoServer::avatar(const QString &fileName) const {
    const auto added = m_avatars.constFind(fileName);
    if (added != m_avatars.constEnd())
        return QHttpServerResponse(added->second, added->first);

    static const QRegularExpression safeName(u"^[A-Za-z0-9_-][A-Za-z0-9._-]*$"_s);
    QFile file(kBundledAvatars + fileName);
    if (!safeName.match(fileName).hasMatch() || !file.open(QIODevice::ReadOnly))
        return message(u"Not Found"_s, 404);
    const QByteArray type =
        QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name().toLatin1();
    QHttpServerResponse response(type, file.readAll());
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("max-age=3600"));
    return response;
}

QHttpServerResponse DemoServer::payPage(const QString &id, bool known) const {
    if (!known)
        return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"),
                                   QByteArrayLiteral("Not Found"), StatusCode::NotFound);
    const QString page =
        u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Paydesk demo</title></head>"
        u"<body><h1>Paydesk demo checkout</h1><p>%1</p><p>This page stands in for the "
        u"provider's payment page. Nothing can be paid here: it is demo data.</p></body></html>"_s
            .arg(id.toHtmlEscaped());
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), page.toUtf8());
}

QByteArray DemoServer::resolve(const QByteArray &body) const {
    return resolveDemoPlaceholders(body, baseUrl(), m_referenceTime);
}

QHttpServerResponse DemoServer::finish(QHttpServerResponse &&response,
                                       const QHttpServerRequest &request) {
    const QByteArray requestId = "req_" + QByteArray::number(++m_nextRequest) + '_'
                                 + QUuid::createUuid().toByteArray(QUuid::Id128).left(12);
    response.setHeader(QByteArrayLiteral("X-Request-Id"), requestId);

    DemoRequest seen;
    seen.method = methodName(request.method());
    seen.path = request.url().path();
    seen.query = request.url().query();
    seen.headers = request.headers();
    seen.status = int(response.statusCode());
    seen.requestId = requestId;
    qCDebug(lcDemo) << seen.method << seen.path << seen.status;

    ++m_requestTotal;
    ++m_requestCounts[seen.path];
    m_requests.append(seen);
    if (m_requests.size() > kMaxRequestsKept)
        m_requests.removeFirst();
    Q_EMIT requestSeen(seen);
    return std::move(response);
}

} // namespace Paydesk
