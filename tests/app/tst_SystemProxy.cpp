// Behind a proxy: the real paydesk executable sends an https lookup through the proxy named
// by https_proxy, and all the proxy sees is a CONNECT to the provider's host and port (the
// key and the request stay inside TLS). The proxy here is the test's own; the provider's
// host does not resolve, so only a proxy can have reached it.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString paydeskBinary = QStringLiteral(PAYDESK_EXECUTABLE);
// A host no resolver knows: only a proxy can have been asked for it.
const QString providerHost = QStringLiteral("api.proxy-test.invalid");

// Records everything each client sends before its blank line, then refuses the tunnel.
class RecordingProxy : public QTcpServer {
public:
    QList<QByteArray> heads;

protected:
    void incomingConnection(qintptr descriptor) override {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto head = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, head] {
            head->append(socket->readAll());
            if (!head->contains("\r\n\r\n"))
                return;
            heads.append(*head);
            socket->write(
                "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
};

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input) {
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(paydeskBinary, arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    // The spy's wait turns this event loop, so the proxy can answer meanwhile.
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestSystemProxy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void httpsGoesThroughTheProxyAsAConnectOnly() {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        RecordingProxy proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        const QByteArray proxyUrl = "http://127.0.0.1:" + QByteArray::number(proxy.serverPort());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAYDESK_CONFIG_DIR"), config.path());
        env.insert(QStringLiteral("PAYDESK_KEYCHAIN_SERVICE"),
                   QStringLiteral("PaydeskTest-proxy-%1")
                       .arg(QRandomGenerator::global()->generate(), 0, 16));
        for (const char *name : {"no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY"})
            env.remove(QString::fromLatin1(name));
        const QString key = QStringLiteral("sk_test_")
                            + QString::number(QRandomGenerator::global()->generate64(), 16);
        Run added =
            run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("far"),
                 QStringLiteral("--provider"), QStringLiteral("orqex"), QStringLiteral("--mode"),
                 QStringLiteral("test"), QStringLiteral("--base-url"),
                 QStringLiteral("https://%1/v1").arg(providerHost)},
                env, key.toLatin1());
        QVERIFY2(added.exitCode == 0, added.err.constData());

        // https_proxy alone, as a corporate desktop sets it.
        for (const char *name : {"http_proxy", "HTTP_PROXY", "HTTPS_PROXY"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("https_proxy"), QString::fromLatin1(proxyUrl));
        const Run lookup =
            run({QStringLiteral("lookup"), QStringLiteral("--json"), QStringLiteral("--account"),
                 QStringLiteral("far"), QStringLiteral("cs_abc123")},
                env, {});
        // The proxy refused the tunnel: a failed lookup, reported as such.
        QCOMPARE(lookup.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(lookup.out)
                                       .object()
                                       .value(QStringLiteral("results"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QVERIFY2(result.contains(QStringLiteral("error")), lookup.out.constData());

        QVERIFY2(!proxy.heads.isEmpty(), "the lookup did not go through the proxy");
        const QByteArray connectLine =
            QByteArray("CONNECT ") + providerHost.toLatin1() + QByteArray(":443 HTTP/1.1\r\n");
        for (const QByteArray &head : std::as_const(proxy.heads)) {
            QVERIFY2(head.startsWith(connectLine), head.constData());
            QVERIFY2(!head.contains(key.toLatin1()), "the key reached the proxy");
            QVERIFY2(!head.toLower().contains("authorization:"), head.constData());
            QVERIFY2(!head.contains("/v1/"), head.constData());
        }

        QProcess remove;
        remove.setProcessEnvironment(env);
        remove.start(paydeskBinary,
                     {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("far")});
        QVERIFY(remove.waitForFinished(45000));
        QCOMPARE(remove.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSystemProxy)
#include "tst_SystemProxy.moc"
