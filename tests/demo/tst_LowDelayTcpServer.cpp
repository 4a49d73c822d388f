#include "demo/LowDelayTcpServer.h"

#include <QTcpSocket>
#include <QTest>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace Paydesk;

namespace {

// TCP_NODELAY of the server's side of a fresh loopback connection, read back from the kernel
// rather than from Qt's bookkeeping; -1 when no connection could be made.
int noDelayOfAcceptedConnection(QTcpServer &server) {
    if (!server.listen(QHostAddress::LocalHost, 0))
        return -1;
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    if (!server.waitForNewConnection(5000))
        return -1;
    QTcpSocket *accepted = server.nextPendingConnection();
    int noDelay = 0;
    socklen_t size = sizeof noDelay;
    if (!accepted
        || getsockopt(static_cast<int>(accepted->socketDescriptor()), IPPROTO_TCP, TCP_NODELAY,
                      &noDelay, &size)
               != 0)
        return -1;
    return noDelay;
}

} // namespace

class TestLowDelayTcpServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Keep-alive clients must not wait for a delayed acknowledgement.
    void acceptedConnectionsSendAtOnce() {
        LowDelayTcpServer server;
        const int noDelay = noDelayOfAcceptedConnection(server);
        QVERIFY(noDelay >= 0);
        QVERIFY(noDelay != 0);
    }

    void aPlainServerWouldNot() {
        QTcpServer server;
        QCOMPARE(noDelayOfAcceptedConnection(server), 0);
    }
};

QTEST_GUILESS_MAIN(TestLowDelayTcpServer)
#include "tst_LowDelayTcpServer.moc"
