#pragma once

#include "domain/Account.h"
#include "domain/KeyProvider.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace Paydesk::Test {

// A request as a test server saw it.
struct SeenRequest {
    QString path; // with the query, e.g. "/v1/checkouts/x/items?page=2"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

// A QtHttpServer on 127.0.0.1 whose answers come from one function; it records every request.
class HttpTestServer : public QAbstractHttpServer {
    Q_OBJECT

public:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;

    explicit HttpTestServer(QObject *parent = nullptr);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port><path>
    QUrl url(const QString &path = {}) const;

    QList<SeenRequest> requests;
    int count(const QString &path) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    quint16 m_port = 0;
};

// An answer with a body and optional extra headers.
QHttpServerResponse reply(int status, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers = {});

// A bare TCP server for what QtHttpServer cannot do: lying lengths, endless bodies, silence,
// held answers. `onRequest` gets each request once its head has arrived.
class RawTestServer : public QTcpServer {
    Q_OBJECT

public:
    using OnRequest = std::function<void(QTcpSocket *socket, const SeenRequest &request)>;

    explicit RawTestServer(QObject *parent = nullptr);
    void setOnRequest(OnRequest onRequest) { m_onRequest = std::move(onRequest); }
    quint16 port() const { return serverPort(); }
    QUrl url(const QString &path = {}) const;

    QList<SeenRequest> requests;
    int openConnections = 0;
    int acceptedConnections = 0; // in all, closed ones included

    // Writes a complete answer and closes the connection.
    static void answer(QTcpSocket *socket, int status, const QByteArray &body);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    OnRequest m_onRequest;
};

// Keys held in memory, answered asynchronously like the keychain.
class MemoryKeys : public KeyProvider {
public:
    void set(const QString &account, const QString &key);
    void fail(const QString &account, KeyErrorKind kind, const QString &message);
    void readKey(const QString &accountName, QObject *context,
                 std::function<void(const KeyResult &)> done) override;
    int reads = 0;

private:
    QHash<QString, KeyResult> m_results;
};

// A server's TLS configuration with a certificate for 127.0.0.1 made now by openssl, its files
// in `folder`; a null configuration (isNull()) when openssl failed.
QSslConfiguration selfSignedServerConfiguration(const QString &folder);

// "sk_test_" + 48 random hex digits, made at run time.
QString randomKey();
QByteArray fixture(const QString &relativePath);
Account account(const QString &name, const ProviderKey &provider, const QUrl &baseUrl,
                Mode mode = Mode::Test);

} // namespace Paydesk::Test
