#include "demo/DemoServer.h"

#include "demo/DemoLog.h"
#include "demo/DemoPlaceholders.h"
#include "demo/LowDelayTcpServer.h"
#include "providers/DemoResponses.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

constexpr int kMaxPageSize = 50;
const QString kAvatarRoot = u"/media/avatars"_s;
const QString kBundledAvatars = u":/demo/avatars/"_s;

using StatusCode = QHttpServerResponder::StatusCode;

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name) {
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
    , m_demos(builtInDemos()) {}

DemoServer::~DemoServer() = default;

bool DemoServer::start() {
    if (isListening())
        return true;
    m_server = std::make_unique<QHttpServer>();
    setUpRoutes();
    auto *tcp = new LowDelayTcpServer(m_server.get());
    if (!tcp->listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcDemo) << "The demo server could not listen on 127.0.0.1";
        m_server.reset();
        return false;
    }
    m_server->bind(tcp);
    m_port = tcp->serverPort();
    for (const std::unique_ptr<ProviderDemo> &demo : m_demos)
        m_keys.insert(demo->provider(), demo->newKey());
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

QUrl DemoServer::apiBaseUrl(const ProviderKey &provider) const {
    QUrl url = baseUrl();
    const ProviderDemo *found = demo(provider);
    if (url.isEmpty() || !found)
        return {};
    url.setPath(found->apiRoot());
    return url;
}

QUrl DemoServer::avatarUrl(const QString &fileName) const {
    QUrl url = baseUrl();
    if (!url.isEmpty())
        url.setPath(kAvatarRoot + u'/' + fileName);
    return url;
}

QList<ProviderKey> DemoServer::providers() const {
    QList<ProviderKey> keys;
    for (const std::unique_ptr<ProviderDemo> &demo : m_demos)
        keys.append(demo->provider());
    return keys;
}

QString DemoServer::key(const ProviderKey &provider) const {
    return m_keys.value(provider);
}

QDateTime DemoServer::referenceTime() const {
    return m_referenceTime;
}

void DemoServer::setReferenceTime(const QDateTime &now) {
    m_referenceTime = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    m_referencePinned = true;
}

ProviderDemo *DemoServer::demo(const ProviderKey &provider) const {
    for (const std::unique_ptr<ProviderDemo> &demo : m_demos) {
        if (demo->provider() == provider)
            return demo.get();
    }
    return nullptr;
}

QString DemoServer::addCheckout(const ProviderKey &provider, const QByteArray &json) {
    ProviderDemo *found = demo(provider);
    return found ? found->addCheckout(json) : QString();
}

QString DemoServer::addRecord(const ProviderKey &provider, const QString &kind,
                              const QByteArray &json, const QString &checkoutId) {
    ProviderDemo *found = demo(provider);
    return found ? found->addRecord(kind, json, checkoutId) : QString();
}

QStringList DemoServer::checkoutIds(const ProviderKey &provider) const {
    const ProviderDemo *found = demo(provider);
    return found ? found->checkoutIds() : QStringList();
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
    for (const std::unique_ptr<ProviderDemo> &demo : m_demos)
        demo->clear();
    m_avatars.clear();
}

int DemoServer::pageSize() const {
    return m_pageSize;
}

void DemoServer::setPageSize(int perPage) {
    m_pageSize = std::clamp(perPage, 1, kMaxPageSize);
}

QHttpServer *DemoServer::httpServer() {
    return m_server.get();
}

void DemoServer::setUpRoutes() {
    for (const std::unique_ptr<ProviderDemo> &demo : m_demos)
        demo->addRoutes(*m_server, *this);
    m_server->route(kAvatarRoot + u"/<arg>"_s, QHttpServerRequest::Method::Get,
                    [this](const QString &fileName) { return avatar(fileName); });
    // Every answer, found or not, carries a request id as the providers' do.
    const auto withRequestId = [this](QHttpServerResponse &&response) {
        const QByteArray requestId = "req_" + QByteArray::number(++m_nextRequest) + '_'
                                     + QUuid::createUuid().toByteArray(QUuid::Id128).left(12);
        response.setHeader(QByteArrayLiteral("X-Request-Id"), requestId);
        qCDebug(lcDemo) << "answered" << int(response.statusCode());
        return std::move(response);
    };
    m_server->afterRequest(
        [withRequestId](QHttpServerResponse &&response, const QHttpServerRequest &) {
            return withRequestId(std::move(response));
        });
    m_server->setMissingHandler(
        [withRequestId](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            withRequestId(DemoResponses::message(u"Not Found"_s, 404)).write(std::move(responder));
        });
}

bool DemoServer::authorized(const QHttpServerRequest &request, const ProviderKey &provider) const {
    const QString key = m_keys.value(provider);
    const QByteArray authorization = headerValue(request, QByteArrayLiteral("Authorization"));
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    const bool bearer = authorization.size() > scheme.size()
                        && authorization.left(scheme.size()).toLower() == scheme;
    return bearer && !key.isEmpty() && authorization.mid(scheme.size()).trimmed() == key.toUtf8();
}

QHttpServerResponse DemoServer::avatar(const QString &fileName) const {
    const auto added = m_avatars.constFind(fileName);
    if (added != m_avatars.constEnd())
        return QHttpServerResponse(added->second, added->first);

    static const QRegularExpression safeName(u"^[A-Za-z0-9_-][A-Za-z0-9._-]*$"_s);
    QFile file(kBundledAvatars + fileName);
    if (!safeName.match(fileName).hasMatch() || !file.open(QIODevice::ReadOnly))
        return DemoResponses::message(u"Not Found"_s, 404);
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

} // namespace Paydesk
