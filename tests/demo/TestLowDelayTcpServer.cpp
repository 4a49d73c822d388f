#include "demo/LowDelayTcpServer.h"

#include <QTcpSocket>
#include <QTest>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace Paydesk;

class TestLowDelayTcpServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Read back from the kernel, not from Qt's bookkeeping: the accepted socket really has
    // TCP_NODELAY, so keep-alive clients do not wait for a delayed acknowledgement.
    void acceptedConnectionsSendAtOnce() {
        LowDelayTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *accepted = server.nextPendingConnection();
        QVERIFY(accepted);
        int noDelay = 0;
        socklen_t size = sizeof noDelay;
        QCOMPARE(getsockopt(static_cast<int>(accepted->socketDescriptor()), IPPROTO_TCP,
                            TCP_NODELAY, &noDelay, &size),
                 0);
        QVERIFY(noDelay != 0);
    }

    void aPlainServerWouldNot() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *accepted = server.nextPendingConnection();
        QVERIFY(accepted);
        int noDelay = 1;
        socklen_t size = sizeof noDelay;
        QCOMPARE(getsockopt(static_cast<int>(accepted->socketDescriptor()), IPPROTO_TCP,
                            TCP_NODELAY, &noDelay, &size),
                 0);
        QCOMPARE(noDelay, 0);
    }
};

QTEST_GUILESS_MAIN(TestLowDelayTcpServer)
#include "TestLowDelayTcpServer.moc"
