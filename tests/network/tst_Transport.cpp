// Faults after the status line, named for what they are: a compressed answer Paydesk did not
// ask for, a connection reset in the middle of a body, an absurd Retry-After, and a connection
// closed before any answer, each against a raw server on 127.0.0.1.

#include "LookupHarness.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <climits>
#include <sys/socket.h>

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

} // namespace

class TestTransport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void compressionIsNeverAskedForNorInflated();
    void resetMidBodyIsANetworkFault();
    void hugeRetryAfterIsClampedNotIgnored();
    void connectionClosedBeforeAnswerMakesExactlyThePolicysAttempts();
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

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_Transport.moc"
