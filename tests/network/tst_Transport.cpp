// Faults after the status line, named for what they are: a compressed answer Paydesk did not
// ask for, a connection reset in the middle of a body, an absurd Retry-After, and a connection
// closed before any answer, each against a raw server on 127.0.0.1. And the connection itself:
// opened while the key is read.

#include "LookupHarness.h"
#include "network/ConnectionWarmer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QScopeGuard>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <climits>
#include <memory>
#include <sys/socket.h>
#include <utility>

using namespace Paydesk;
using namespace Paydesk::Test;

namespace {

const QString orqexId = QStringLiteral("cs_abc123");

// Closes with a TCP reset instead of an orderly end (SO_LINGER with a zero timeout).
void resetConnection(QTcpSocket *socket) {
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

// Keys given only when the test says, like a keychain taking its time.
class HeldKeys : public KeyProvider {
public:
    void readKey(const QString &, QObject *context,
                 std::function<void(const KeyResult &)> done) override {
        m_waiting.append({QPointer<QObject>(context), std::move(done)});
    }
    qsizetype waiting() const { return m_waiting.size(); }
    void give(const QString &key) {
        KeyResult result;
        result.key = key;
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &[context, done] : waiting) {
            if (context)
                done(result);
        }
    }

private:
    QList<std::pair<QPointer<QObject>, std::function<void(const KeyResult &)>>> m_waiting;
};

} // namespace

class TestTransport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void compressionIsNeverAskedForNorInflated();
    void resetMidBodyIsANetworkFault();
    void hugeRetryAfterIsClampedNotIgnored();
    void connectionClosedBeforeAnswerMakesExactlyThePolicysAttempts();
    void connectionOpensWhileTheKeyIsRead();
    void tlsHandshakeIsDoneWhileTheKeyIsRead();
    void onlyOriginsAKeyMayGoToAreWarmedAndEachOnce();
};

void TestTransport::compressionIsNeverAskedForNorInflated() {
    // 64 MiB of zeros deflate to about 64 KiB: inflated, they would pass any cap and keep the
    // lookup busy; sent anyway to a client that asked for none, they are a bad answer at once.
    const QByteArray zlib = qCompress(QByteArray(64 * 1024 * 1024, '\0'), 9).mid(4);
    RawTestServer server;
    server.setOnRequest([&zlib](QTcpSocket *socket, const SeenRequest &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Encoding: deflate\r\nContent-Length: "
                      + QByteArray::number(zlib.size()) + "\r\nConnection: close\r\n\r\n" + zlib);
        socket->disconnectFromHost();
    });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    QElapsedTimer clock;
    clock.start();
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.at(0).header("Accept-Encoding"), QByteArray("identity"));
    QVERIFY(!outcome->result.ok());
    QCOMPARE(outcome->result.error().kind, ErrorKind::BadResponse);
    QCOMPARE(outcome->result.error().httpStatus, 200);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

void TestTransport::resetMidBodyIsANetworkFault() {
    RawTestServer server;
    server.setOnRequest([](QTcpSocket *socket, const SeenRequest &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 5000\r\n\r\n{\"id\": \"cs_abc123\", \"status\": \"pa");
        socket->flush();
        QTimer::singleShot(50, socket, [socket] { resetConnection(socket); });
    });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QVERIFY(!outcome->result.ok());
    QCOMPARE(outcome->result.error().kind, ErrorKind::Network);
    QVERIFY2(outcome->result.error().message.contains(QStringLiteral("127.0.0.1")),
             qPrintable(outcome->result.error().message));
    QCOMPARE(server.requests.size(), 3); // a connection fault: retried as the policy says
}

void TestTransport::hugeRetryAfterIsClampedNotIgnored() {
    HttpTestServer server;
    server.setHandler([](const QHttpServerRequest &) {
        return reply(429, QByteArrayLiteral("{\"message\":\"Slow down.\"}"),
                     {{"Retry-After", QByteArray(40, '9')}});
    });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::RateLimited);
    QCOMPARE(outcome->result.error().retryAfterSeconds, INT_MAX);
    QCOMPARE(server.requests.size(), 1); // far longer than a lookup waits: not retried
}

void TestTransport::connectionClosedBeforeAnswerMakesExactlyThePolicysAttempts() {
    for (const bool reset : {false, true}) {
        RawTestServer server;
        server.setOnRequest([reset](QTcpSocket *socket, const SeenRequest &) {
            if (reset)
                resetConnection(socket);
            else
                socket->disconnectFromHost();
        });
        LookupHarness h;
        h.addAccount(account(QStringLiteral("ci"), QStringLiteral("orqex"),
                             server.url(QStringLiteral("/v1"))));
        for (int lookup = 1; lookup <= 2; ++lookup) { // the second on a used connection pool
            const auto outcome = h.run(orqexId);
            QVERIFY(outcome);
            QCOMPARE(outcome->result.error().kind, ErrorKind::Network);
            QCOMPARE(outcome->result.error().httpStatus, 0);
            QCOMPARE(server.requests.size(), 3 * lookup);
        }
    }
}

// The provider's connection is open before the key arrives, nothing is sent on it until then,
// and the request goes over it.
void TestTransport::connectionOpensWhileTheKeyIsRead() {
    RawTestServer server;
    int connectionsAtRequest = -1;
    server.setOnRequest([&](QTcpSocket *socket, const SeenRequest &) {
        if (connectionsAtRequest < 0)
            connectionsAtRequest = server.acceptedConnections;
        RawTestServer::answer(socket, 200,
                              fixture(QStringLiteral("orqex/checkout_sdk_shape.json")));
    });
    QNetworkAccessManager nam;
    HeldKeys keys;
    LookupService service(&nam, &keys);
    service.setAccounts({account(QStringLiteral("ci"), QStringLiteral("orqex"),
                                 server.url(QStringLiteral("/v1")))});

    LookupJob *job = service.lookup(orqexId);
    QTRY_COMPARE(keys.waiting(), 1);
    QTRY_COMPARE(server.acceptedConnections, 1);
    QTest::qWait(50); // a request would have arrived by now
    QCOMPARE(server.requests.size(), 0);

    const QString key = randomKey();
    keys.give(key);
    const std::optional<LookupOutcome> outcome = LookupHarness::await(job);
    QVERIFY(outcome);
    QVERIFY2(outcome->result.ok(), qPrintable(failureText(outcome->result)));
    QCOMPARE(server.requests.first().header("Authorization"), "Bearer " + key.toUtf8());
    QCOMPARE(connectionsAtRequest, 1);
}

// Over https the handshake is done while the key is read, offering HTTP/2 as requests do, and
// the request goes over that connection.
void TestTransport::tlsHandshakeIsDoneWhileTheKeyIsRead() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QSslConfiguration serverTls = selfSignedServerConfiguration(dir.path());
    QVERIFY(!serverTls.isNull());
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(serverTls.localCertificate());
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore =
        qScopeGuard([&original] { QSslConfiguration::setDefaultConfiguration(original); });

    QSslServer server;
    server.setSslConfiguration(serverTls);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int encrypted = 0; // connections whose handshake is done
    int connectionsAtRequest = -1;
    QByteArray head;
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++encrypted;
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [&, socket, buffer] {
                *buffer += socket->readAll();
                if (!head.isEmpty() || !buffer->contains("\r\n\r\n"))
                    return;
                head = *buffer;
                connectionsAtRequest = encrypted;
                RawTestServer::answer(socket, 200,
                                      fixture(QStringLiteral("orqex/checkout_sdk_shape.json")));
            });
        }
    });
    QNetworkAccessManager nam;
    HeldKeys keys;
    LookupService service(&nam, &keys);
    service.setAccounts(
        {account(QStringLiteral("ci"), QStringLiteral("orqex"),
                 QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(server.serverPort())))});

    LookupJob *job = service.lookup(orqexId);
    QTRY_COMPARE(keys.waiting(), 1);
    QTRY_COMPARE(encrypted, 1);
    QVERIFY(head.isEmpty());

    const QString key = randomKey();
    keys.give(key);
    const std::optional<LookupOutcome> outcome = LookupHarness::await(job);
    QVERIFY(outcome);
    QVERIFY2(outcome->result.ok(), qPrintable(failureText(outcome->result)));
    QVERIFY(head.toLower().contains(QByteArray("authorization: bearer " + key.toUtf8().toLower())));
    QCOMPARE(connectionsAtRequest, 1);
}

void TestTransport::onlyOriginsAKeyMayGoToAreWarmedAndEachOnce() {
    RawTestServer server;
    QNetworkAccessManager nam;
    ConnectionWarmer warmer(&nam);
    QVERIFY(!warmer.warm(QUrl(QStringLiteral("http://example.com/v1")))); // not loopback
    QVERIFY(!warmer.warm(QUrl(QStringLiteral("https://user@example.com/v1"))));
    QVERIFY(!warmer.warm(QUrl(QStringLiteral("ftp://127.0.0.1/"))));
    QVERIFY(warmer.warm(server.url(QStringLiteral("/v1"))));
    QVERIFY(!warmer.warm(server.url(QStringLiteral("/v2")))); // the same origin
    QTRY_COMPARE(server.acceptedConnections, 1);
    QTest::qWait(50);
    QCOMPARE(server.acceptedConnections, 1);
    QCOMPARE(server.requests.size(), 0);
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_Transport.moc"
