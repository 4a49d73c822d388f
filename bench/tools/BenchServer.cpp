// An Orqex stand-in for the benchmarks: answers GET /payment/checkouts/<any cs_ id> with the
// SDK-shape fixture (its id replaced) to a request that carries the right key, on 127.0.0.1.
// The key is read from standard input; the base URL is printed on standard output. Connections
// are kept alive and answered at once (TCP_NODELAY), like a provider's front end. A checkout
// whose id has "avatar" in it names a customer avatar on the same server (GET /avatars/<id>.png,
// a 128x128 PNG photo, no key needed), as a provider's image host would serve one.
//   bench_server < key-file     prints http://127.0.0.1:PORT and serves until killed
#include "demo/LowDelayTcpServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTextStream>

#include <cstdio>

using namespace Paydesk;

namespace {

QByteArray authorization(const QHttpServerRequest &request) {
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare("authorization", Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QByteArray key = input.readLine().trimmed();
    QFile fixture(QStringLiteral(PAYDESK_FIXTURES_DIR "/orqex/checkout_sdk_shape.json"));
    if (key.isEmpty() || !fixture.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray body = fixture.readAll();
    const QByteArray expected = "Bearer " + key;
    QFile avatarFile(QStringLiteral(PAYDESK_AVATAR_FILE));
    if (!avatarFile.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray avatar = avatarFile.readAll();
    QByteArray origin; // http://127.0.0.1:PORT, known once listening

    QHttpServer server;
    server.route(QStringLiteral("/payment/checkouts/<arg>"),
                 [&](const QString &id, const QHttpServerRequest &request) {
                     if (authorization(request) != expected)
                         return QHttpServerResponse(QHttpServerResponder::StatusCode::Unauthorized);
                     QByteArray answer = body;
                     answer.replace("cs_q8Lm2", id.toLatin1());
                     if (id.contains(QLatin1String("avatar")))
                         answer.replace("\"avatar_url\": null", "\"avatar_url\": \"" + origin
                                                                    + "/avatars/" + id.toLatin1()
                                                                    + ".png\"");
                     return QHttpServerResponse("application/json", answer);
                 });
    server.route(QStringLiteral("/avatars/<arg>"),
                 [&](const QString &) { return QHttpServerResponse("image/png", avatar); });
    auto *tcp = new LowDelayTcpServer(&server);
    if (!tcp->listen(QHostAddress::LocalHost, 0))
        return 2;
    server.bind(tcp);
    origin = "http://127.0.0.1:" + QByteArray::number(tcp->serverPort());
    std::printf("http://127.0.0.1:%u\n", static_cast<unsigned>(tcp->serverPort()));
    std::fflush(stdout);
    return app.exec();
}
