#include "TestServers.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

namespace Paydesk::Test {

QByteArray SeenRequest::header(const QByteArray &name) const {
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool SeenRequest::hasHeader(const QByteArray &name) const {
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpTestServer::HttpTestServer(QObject *parent)
    : QAbstractHttpServer(parent) {
    m_port = listen(QHostAddress::LocalHost, 0);
    Q_ASSERT(m_port != 0);
}

QUrl HttpTestServer::url(const QString &path) const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

int HttpTestServer::count(const QString &path) const {
    int n = 0;
    for (const SeenRequest &request : requests)
        n += request.path == path ? 1 : 0;
    return n;
}

bool HttpTestServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    SeenRequest seen;
    seen.path = request.url().path(QUrl::FullyEncoded);
    if (request.url().hasQuery())
        seen.path += u'?' + request.url().query(QUrl::FullyEncoded);
    seen.headers = request.headers();
    requests << seen;
    QHttpServerResponse response =
        m_handler ? m_handler(request) : reply(404, QByteArrayLiteral("{\"message\":\"none\"}"));
    response.write(makeResponder(request, socket));
    return true;
}

void HttpTestServer::missingHandler(const QHttpServerRequest &, QTcpSocket *) {}

QHttpServerResponse reply(int status, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers) {
    QHttpServerResponse response(QByteArrayLiteral("application/json"), body,
                                 QHttpServerResponse::StatusCode(status));
    for (const auto &header : headers)
        response.addHeader(header.first, header.second);
    return response;
}

RawTestServer::RawTestServer(QObject *parent)
    : QTcpServer(parent) {
    const bool listening = listen(QHostAddress::LocalHost, 0);
    Q_ASSERT(listening);
    Q_UNUSED(listening);
}

QUrl RawTestServer::url(const QString &path) const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
}

void RawTestServer::answer(QTcpSocket *socket, int status, const QByteArray &body) {
    socket->write("HTTP/1.1 " + QByteArray::number(status)
                  + " Status\r\n"
                    "Content-Type: application/json\r\n"
                    "Content-Length: "
                  + QByteArray::number(body.size())
                  + "\r\n"
                    "Connection: close\r\n\r\n"
                  + body);
    socket->disconnectFromHost();
}

void RawTestServer::incomingConnection(qintptr descriptor) {
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(descriptor);
    ++openConnections;
    ++acceptedConnections;
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        --openConnections;
        socket->deleteLater();
    });
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        *buffer += socket->readAll();
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        buffer->remove(0, end + 4);
        SeenRequest seen;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        seen.path = QString::fromLatin1(requestLine.value(1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                seen.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        requests << seen;
        if (m_onRequest)
            m_onRequest(socket, seen);
    });
}

void MemoryKeys::set(const QString &account, const QString &key) {
    KeyResult result;
    result.key = key;
    m_results.insert(account, result);
}

void MemoryKeys::fail(const QString &account, KeyErrorKind kind, const QString &message) {
    KeyResult result;
    result.error = kind;
    result.message = message;
    m_results.insert(account, result);
}

void MemoryKeys::readKey(const QString &accountName, QObject *context,
                         std::function<void(const KeyResult &)> done) {
    ++reads;
    KeyResult result = m_results.value(accountName);
    if (!m_results.contains(accountName)) {
        result.error = KeyErrorKind::Missing;
        result.message = QStringLiteral("No key stored for %1.").arg(accountName);
    }
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

QSslConfiguration selfSignedServerConfiguration(const QString &folder) {
    const QDir dir(folder);
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem"))});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return {};
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    return config;
}

QString randomKey() {
    QByteArray bytes(24, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return QStringLiteral("sk_test_") + QString::fromLatin1(bytes.toHex());
}

QByteArray fixture(const QString &relativePath) {
    QFile file(QStringLiteral(PAYDESK_FIXTURES_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}

Account account(const QString &name, const ProviderKey &provider, const QUrl &baseUrl, Mode mode) {
    Account result;
    result.name = name;
    result.provider = provider;
    result.mode = mode;
    result.baseUrl = baseUrl;
    return result;
}

} // namespace Paydesk::Test
