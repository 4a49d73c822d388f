// What keeps a key and the program safe: no redirect to another origin, https only, TLS errors
// never ignored, bodies capped, silent servers timed out, no key in any message.

#include "LookupHarness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Paydesk;
using namespace Paydesk::Test;

namespace {

const QString orqexId = QStringLiteral("cs_abc123");

qint64 residentKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Writes an endless body, as fast as the connection takes it, counting what was written.
void streamForever(QTcpSocket *socket, const QByteArray &head, bool chunked, qint64 *written) {
    socket->write(head);
    const QByteArray block(64 * 1024, 'x');
    const QByteArray piece =
        chunked ? QByteArray::number(block.size(), 16) + "\r\n" + block + "\r\n" : block;
    auto pump = [socket, piece, written] {
        while (socket->state() == QAbstractSocket::ConnectedState
               && socket->bytesToWrite() < 256 * 1024) {
            socket->write(piece);
            *written += piece.size();
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message) {
    capturedMessages << QString::fromLatin1(context.category ? context.category : "") + u' '
                            + message;
}

} // namespace

class TestSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameOriginRedirectIsFollowed();
    void aFollowedRedirectIsNotARetry();
    void endlessRedirectsStopWithAClearMessage();
    void redirectToAnotherPortIsRefused();
    void redirectToAnotherPortNeverConnects();
    void redirectToLocalhostNameIsRefused();
    void plainHttpToARemoteHostIsRefused();
    void selfSignedTlsIsRefused();
    void endlessChunkedBodyIsCutAtTheCap();
    void endlessBodyWithoutLengthIsCutAtTheCap();
    void declaredHugeBodyIsRefusedAtOnce();
    void understatedLengthThenEndlessStreamEndsAtTheClaim();
    void silentServerTimesOut();
    void tricklingServerHitsTheDeadline();
    void keyNeverAppearsInMessages();
};

void TestSafety::sameOriginRedirectIsFollowed() {
    HttpTestServer server;
    server.setHandler([](const QHttpServerRequest &request) {
        if (request.url().path() == QStringLiteral("/v1/payment/checkouts/cs_moved")) {
            QHttpServerResponse moved(QHttpServerResponse::StatusCode::Found);
            moved.addHeader(QByteArrayLiteral("Location"),
                            QByteArrayLiteral("/v1/payment/checkouts/cs_abc123"));
            return moved;
        }
        return reply(200, fixture(QStringLiteral("orqex/checkout_docs_example.json")));
    });
    LookupHarness h;
    const QString key = h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    const auto outcome = h.run(QStringLiteral("cs_moved"));
    QVERIFY(outcome);
    QVERIFY2(outcome->result.ok(), qPrintable(failureText(outcome->result)));
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.requests.at(1).header("Authorization"), QByteArray("Bearer " + key.toLatin1()));
}

void TestSafety::aFollowedRedirectIsNotARetry() {
    HttpTestServer server;
    server.setHandler([](const QHttpServerRequest &request) {
        if (request.url().path() == QStringLiteral("/v1/payment/checkouts/cs_moved")) {
            QHttpServerResponse moved(QHttpServerResponse::StatusCode::Found);
            moved.addHeader(QByteArrayLiteral("Location"),
                            QByteArrayLiteral("/v1/payment/checkouts/cs_abc123"));
            return moved;
        }
        return reply(503, QByteArrayLiteral("{\"message\":\"busy\"}"));
    });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    const auto outcome = h.run(QStringLiteral("cs_moved"));
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::ServerError);
    const int attempts = h.service.retryPolicy().maxAttempts;
    QCOMPARE(server.count(QStringLiteral("/v1/payment/checkouts/cs_moved")), attempts);
    QCOMPARE(server.count(QStringLiteral("/v1/payment/checkouts/cs_abc123")), attempts);
}

void TestSafety::endlessRedirectsStopWithAClearMessage() {
    HttpTestServer server; // cs_abc123 to cs_hop1, cs_hop1 to cs_hop2, and so on
    server.setHandler([](const QHttpServerRequest &request) {
        const int hop = request.url().path().section(QStringLiteral("cs_hop"), 1).toInt();
        QHttpServerResponse moved(QHttpServerResponse::StatusCode::Found);
        moved.addHeader(QByteArrayLiteral("Location"),
                        "/v1/payment/checkouts/cs_hop" + QByteArray::number(hop + 1));
        return moved;
    });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    const LookupError &error = outcome->result.error();
    QCOMPARE(error.kind, ErrorKind::BadResponse);
    QCOMPARE(error.httpStatus, 302);
    QVERIFY2(error.message.contains(QStringLiteral("127.0.0.1"))
                 && error.message.contains(QStringLiteral("more than 3")),
             qPrintable(error.message));
    QCOMPARE(server.count(QStringLiteral("/v1/payment/checkouts/cs_abc123")), 1); // not retried
    QVERIFY(server.count(QStringLiteral("/v1/payment/checkouts/cs_hop3")) > 0);
    QCOMPARE(server.count(QStringLiteral("/v1/payment/checkouts/cs_hop4")), 0);
}

void TestSafety::redirectToAnotherPortIsRefused() {
    HttpTestServer elsewhere;
    HttpTestServer server;
    server.setHandler([&elsewhere](const QHttpServerRequest &) {
        QHttpServerResponse moved(QHttpServerResponse::StatusCode::TemporaryRedirect);
        moved.addHeader(QByteArrayLiteral("Location"),
                        elsewhere.url(QStringLiteral("/steal")).toEncoded());
        return moved;
    });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QVERIFY(!outcome->result.ok());
    QCOMPARE(outcome->result.error().kind, ErrorKind::BadResponse);
    QCOMPARE(outcome->result.error().httpStatus, 307);
    QVERIFY2(outcome->result.error().message.contains(QString::number(elsewhere.port())),
             qPrintable(failureText(outcome->result)));
    QCOMPARE(server.requests.size(), 1);
    // Give a wrongly followed redirect every chance to arrive before checking it did not.
    QTest::qWait(100);
    QCOMPARE(elsewhere.requests.size(), 0);
    for (const SeenRequest &seen : std::as_const(elsewhere.requests))
        QVERIFY(!seen.hasHeader("Authorization"));
}

void TestSafety::redirectToAnotherPortNeverConnects() {
    // Another service on this computer counts every connection, even one that sends nothing.
    QTcpServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    connect(&elsewhere, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = elsewhere.nextPendingConnection()) {
            ++connections;
            socket->close();
        }
    });
    const QString target =
        QStringLiteral("http://127.0.0.1:%1/collect").arg(elsewhere.serverPort());
    HttpTestServer server;
    server.setHandler([&target](const QHttpServerRequest &) {
        QHttpServerResponse moved(QHttpServerResponse::StatusCode::PermanentRedirect);
        moved.addHeader(QByteArrayLiteral("Location"), target.toLatin1());
        return moved;
    });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    const LookupError &error = outcome->result.error();
    QCOMPARE(error.kind, ErrorKind::BadResponse);
    QCOMPARE(error.httpStatus, 308);
    QVERIFY2(error.message.contains(QStringLiteral("127.0.0.1:%1").arg(elsewhere.serverPort())),
             qPrintable(error.message));
    QVERIFY2(!error.message.contains(QStringLiteral("/collect")), qPrintable(error.message));
    QTest::qWait(200); // a wrongly followed redirect would have connected by now
    QCOMPARE(connections, 0);
    QCOMPARE(server.requests.size(), 1);
}

void TestSafety::redirectToLocalhostNameIsRefused() {
    // Same address and port, other host name: another origin all the same.
    HttpTestServer server;
    server.setHandler([&server](const QHttpServerRequest &request) {
        if (request.url().path().startsWith(QStringLiteral("/v1/"))) {
            QHttpServerResponse moved(QHttpServerResponse::StatusCode::Found);
            moved.addHeader(
                QByteArrayLiteral("Location"),
                QStringLiteral("http://localhost:%1/steal").arg(server.port()).toLatin1());
            return moved;
        }
        return reply(200, QByteArrayLiteral("{}"));
    });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::BadResponse);
    QTest::qWait(100);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.count(QStringLiteral("/steal")), 0);
}

void TestSafety::plainHttpToARemoteHostIsRefused() {
    LookupHarness h;
    h.addAccount(account(QStringLiteral("ci"), QStringLiteral("orqex"),
                         QUrl(QStringLiteral("http://api.orqex.invalid/v1"))));
    QElapsedTimer clock;
    clock.start();
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::Network);
    QVERIFY2(outcome->result.error().message.contains(QStringLiteral("https://")),
             qPrintable(failureText(outcome->result)));
    QVERIFY(clock.elapsed() < 1000);
}

void TestSafety::selfSignedTlsIsRefused() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QSslConfiguration config = selfSignedServerConfiguration(dir.path());
    QVERIFY(!config.isNull());
    QSslServer tls;
    tls.setSslConfiguration(config);
    QVERIFY(tls.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    QByteArray received;
    connect(&tls, &QTcpServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = tls.nextPendingConnection()) {
            ++connections;
            connect(socket, &QTcpSocket::readyRead, this,
                    [socket, &received] { received += socket->readAll(); });
        }
    });

    LookupHarness h;
    h.addAccount(account(QStringLiteral("ci"), QStringLiteral("orqex"),
                         QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(tls.serverPort()))));
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QVERIFY(!outcome->result.ok());
    const LookupError &error = outcome->result.error();
    QCOMPARE(error.kind, ErrorKind::Tls);
    QVERIFY2(error.message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive)
                 || error.message.contains(QStringLiteral("self signed"), Qt::CaseInsensitive),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("127.0.0.1")), qPrintable(error.message));
    QVERIFY(received.isEmpty()); // the handshake never completed: no request, no key
}

void TestSafety::endlessChunkedBodyIsCutAtTheCap() {
    RawTestServer server;
    qint64 written = 0;
    server.setOnRequest([&written](QTcpSocket *socket, const SeenRequest &) {
        streamForever(socket,
                      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n",
                      true, &written);
    });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    const qint64 rssBefore = residentKiB();
    QElapsedTimer clock;
    clock.start();
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(outcome->result.error().kind, ErrorKind::BadResponse);
    QVERIFY2(outcome->result.error().message.contains(QStringLiteral("2 MiB")),
             qPrintable(failureText(outcome->result)));
    QTRY_COMPARE(server.openConnections, 0); // the client hung up
    qInfo("cut after %lld ms; server wrote %lld KiB; RSS grew %lld KiB", elapsed, written / 1024,
          residentKiB() - rssBefore);
    QVERIFY(elapsed < 5000);
    QVERIFY(written < 16 * 1024 * 1024);
    QVERIFY(residentKiB() - rssBefore < 32 * 1024);
    QCOMPARE(server.requests.size(), 1); // not retried
}

void TestSafety::endlessBodyWithoutLengthIsCutAtTheCap() {
    RawTestServer server;
    qint64 written = 0;
    server.setOnRequest([&written](QTcpSocket *socket, const SeenRequest &) {
        // No Content-Length: the body lasts until the connection closes, which it never does.
        streamForever(socket, "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n", false,
                      &written);
    });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    QElapsedTimer clock;
    clock.start();
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::BadResponse);
    QVERIFY(clock.elapsed() < 5000);
    QTRY_COMPARE(server.openConnections, 0);
    QVERIFY(written < 16 * 1024 * 1024);
}

void TestSafety::declaredHugeBodyIsRefusedAtOnce() {
    RawTestServer server;
    qint64 written = 0;
    server.setOnRequest([&written](QTcpSocket *socket, const SeenRequest &) {
        streamForever(socket,
                      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 5000000000\r\n\r\n",
                      false, &written);
    });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::BadResponse);
    QTRY_COMPARE(server.openConnections, 0);
    QVERIFY(written < 16 * 1024 * 1024);
}

void TestSafety::understatedLengthThenEndlessStreamEndsAtTheClaim() {
    RawTestServer server;
    qint64 written = 0;
    server.setOnRequest([&written](QTcpSocket *socket, const SeenRequest &) {
        streamForever(socket,
                      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 1000\r\n\r\n",
                      false, &written);
    });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    QElapsedTimer clock;
    clock.start();
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::BadResponse); // 1000 bytes of 'x'
    QCOMPARE(outcome->result.error().httpStatus, 200);
    QVERIFY(clock.elapsed() < 5000);
    QTRY_COMPARE(server.openConnections, 0); // what follows the claim is never read as a body
    QVERIFY(written < 16 * 1024 * 1024);
}

void TestSafety::silentServerTimesOut() {
    RawTestServer server; // accepts, reads, never answers
    LookupHarness h;
    NetworkTimeouts timeouts;
    timeouts.inactivity = std::chrono::milliseconds(300);
    timeouts.deadline = std::chrono::milliseconds(5000);
    h.service.setTimeouts(timeouts);
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    QElapsedTimer clock;
    clock.start();
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::Timeout);
    QVERIFY2(clock.elapsed() >= 250 && clock.elapsed() < 3000,
             qPrintable(QString::number(clock.elapsed())));
    QTRY_COMPARE(server.openConnections, 0);
}

void TestSafety::tricklingServerHitsTheDeadline() {
    RawTestServer server;
    server.setOnRequest([](QTcpSocket *socket, const SeenRequest &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 100000\r\n\r\n");
        auto *drip = new QTimer(socket);
        QObject::connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        drip->start(50); // always some activity, never the end
    });
    LookupHarness h;
    NetworkTimeouts timeouts;
    timeouts.inactivity = std::chrono::milliseconds(400);
    timeouts.deadline = std::chrono::milliseconds(800);
    h.service.setTimeouts(timeouts);
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    QElapsedTimer clock;
    clock.start();
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::Timeout);
    QVERIFY2(clock.elapsed() >= 750 && clock.elapsed() < 4000,
             qPrintable(QString::number(clock.elapsed())));
    QTRY_COMPARE(server.openConnections, 0);
}

void TestSafety::keyNeverAppearsInMessages() {
    QLoggingCategory::setFilterRules(QStringLiteral("paydesk.*=true\nqt.network.*=true"));
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    HttpTestServer elsewhere;
    HttpTestServer server;
    server.setHandler([&elsewhere](const QHttpServerRequest &request) {
        const QString path = request.url().path();
        if (path.startsWith(QStringLiteral("/moved/"))) {
            QHttpServerResponse moved(QHttpServerResponse::StatusCode::Found);
            moved.addHeader(QByteArrayLiteral("Location"),
                            elsewhere.url(QStringLiteral("/x")).toEncoded());
            return moved;
        }
        if (path.startsWith(QStringLiteral("/denied/")))
            return reply(401, fixture(QStringLiteral("chargily/error_401.json")));
        return reply(500, QByteArrayLiteral("{\"message\":\"boom\"}"));
    });
    LookupHarness h;
    const QStringList keys{
        h.addAccount(account(QStringLiteral("a"), QStringLiteral("orqex"),
                             server.url(QStringLiteral("/moved")))),
        h.addAccount(account(QStringLiteral("b"), QStringLiteral("orqex"),
                             server.url(QStringLiteral("/denied")))),
        h.addAccount(account(QStringLiteral("c"), QStringLiteral("orqex"),
                             server.url(QStringLiteral("/broken")))),
    };
    QStringList errors;
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        const auto outcome = h.run(orqexId, name);
        QVERIFY(outcome);
        QVERIFY(!outcome->result.ok());
        errors << outcome->result.error().message;
    }
    const auto all = h.run(orqexId);
    QVERIFY(all);
    errors << all->result.error().message;

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!capturedMessages.isEmpty()); // the requests were logged, without their key
    for (const QString &key : keys) {
        for (const QString &text : std::as_const(capturedMessages) + errors) {
            QVERIFY2(!text.contains(key), "a key appeared in a message");
            QVERIFY2(!text.contains(key.right(16)), "part of a key appeared in a message");
        }
    }
}

QTEST_GUILESS_MAIN(TestSafety)
#include "tst_Safety.moc"
