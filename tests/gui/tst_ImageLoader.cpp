// ImageLoader against real servers on 127.0.0.1: what it loads, what it refuses, its caches.
#include "network/ImageLoader.h"

#include "TestServers.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Paydesk;
using namespace Paydesk::Test;

namespace {

QByteArray png(const QSize &size, const QColor &color) {
    QImage image(size, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QHttpServerResponse image(const QByteArray &type, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers = {}) {
    QHttpServerResponse response(type, body, QHttpServerResponse::StatusCode::Ok);
    for (const auto &header : headers)
        response.addHeader(header.first, header.second);
    return response;
}

} // namespace

class TestImageLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsAPng();
    void refusesAWrongContentType();
    void refusesADeclaredOversizedBody();
    void abortsAnOversizedBodyAsItArrives();
    void refusesATooLargeImage();
    void refusesAnImageLargerThanItsHeaderSaid();
    void followsASameOriginRedirect();
    void doesNotFollowARedirectToAnotherOrigin();
    void refusesPlainHttpBeyondLoopback();
    void usesTheDiskCacheOnASecondLoad();
    void sharesOneRequestBetweenParallelLoads();
    void decodesABoundedSvg();

private:
    std::unique_ptr<ImageLoader> makeLoader();

    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestImageLoader::init() {
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestImageLoader::cleanup() {
    m_nam.reset();
    m_cache.reset();
}

std::unique_ptr<ImageLoader> TestImageLoader::makeLoader() {
    auto loader = std::make_unique<ImageLoader>(m_nam.get(), m_cache->path());
    loader->setTimeout(5000);
    return loader;
}

void TestImageLoader::loadsAPng() {
    HttpTestServer server;
    const QByteArray body = png(QSize(64, 48), Qt::red);
    server.setHandler([&](const QHttpServerRequest &) { return image("image/png", body); });
    auto loader = makeLoader();
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    const QUrl url = server.url(QStringLiteral("/avatar.png"));
    loader->load(url);
    QVERIFY(ready.wait(5000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.at(0).at(0).toUrl(), url);
    const QImage loaded = ready.at(0).at(1).value<QImage>();
    QCOMPARE(loaded.size(), QSize(64, 48));
    QCOMPARE(loaded.pixelColor(10, 10), QColor(Qt::red));
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(!server.requests.at(0).hasHeader("Authorization"));
    QVERIFY(!server.requests.at(0).hasHeader("Cookie"));

    // Kept in memory: a second load answers without asking again.
    loader->load(url);
    QVERIFY(ready.wait(2000));
    QCOMPARE(server.requests.size(), 1);
}

void TestImageLoader::refusesAWrongContentType() {
    HttpTestServer server;
    const QByteArray body = png(QSize(8, 8), Qt::blue);
    server.setHandler([&](const QHttpServerRequest &) { return image("text/html", body); });
    auto loader = makeLoader();
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    loader->load(server.url(QStringLiteral("/page")));
    QVERIFY(failed.wait(5000));
    QCOMPARE(ready.count(), 0);
    QVERIFY2(failed.at(0).at(1).toString().contains(u"text/html"),
             qPrintable(failed.at(0).at(1).toString()));
}

void TestImageLoader::refusesADeclaredOversizedBody() {
    HttpTestServer server;
    const QByteArray body(3 * 1024 * 1024, 'x');
    server.setHandler([&](const QHttpServerRequest &) { return image("image/png", body); });
    auto loader = makeLoader();
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    loader->load(server.url(QStringLiteral("/huge.png")));
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.at(0).at(1).toString().contains(u"larger"));
}

void TestImageLoader::abortsAnOversizedBodyAsItArrives() {
    // No Content-Length: the body streams in 64 KiB pieces and would never end.
    RawTestServer server;
    qint64 written = 0;
    bool clientClosed = false;
    server.setOnRequest([&](QTcpSocket *socket, const SeenRequest &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n");
        auto *timer = new QTimer(socket);
        QObject::connect(socket, &QTcpSocket::disconnected, timer, [&, timer] {
            clientClosed = true;
            timer->stop();
        });
        QObject::connect(timer, &QTimer::timeout, socket, [&, socket] {
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
            written += socket->write(QByteArray(64 * 1024, 'x'));
        });
        timer->start(1);
    });
    auto loader = makeLoader();
    loader->setMaximumBytes(256 * 1024);
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    loader->load(server.url(QStringLiteral("/endless.png")));
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.at(0).at(1).toString().contains(u"larger"));
    QTRY_VERIFY_WITH_TIMEOUT(clientClosed, 5000);
    // Stopped soon after the cap, not at the end of a body that has none.
    QVERIFY2(written < 8 * 1024 * 1024, qPrintable(QString::number(written)));
}

void TestImageLoader::refusesATooLargeImage() {
    HttpTestServer server;
    const QByteArray body = png(QSize(3000, 10), Qt::green);
    server.setHandler([&](const QHttpServerRequest &) { return image("image/png", body); });
    auto loader = makeLoader();
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    loader->load(server.url(QStringLiteral("/wide.png")));
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.at(0).at(1).toString().contains(u"3000"));
}

// Found by fuzz/fuzz_image_decode: a GIF whose frame declares 1×1 on a logical screen of
// 1×10241 pixels decodes to the screen's size.
void TestImageLoader::refusesAnImageLargerThanItsHeaderSaid() {
    QFile finding(QStringLiteral(
        PAYDESK_FIXTURES_DIR "/fuzz/image_decode/crash-2019a2b6c09db6c8d553e221ee4a98004678d6a6"));
    QVERIFY(finding.open(QIODevice::ReadOnly));
    const QByteArray body = finding.readAll().mid(1); // past the fuzzer's format byte
    HttpTestServer server;
    server.setHandler([&](const QHttpServerRequest &) { return image("image/gif", body); });
    auto loader = makeLoader();
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    loader->load(server.url(QStringLiteral("/tall.gif")));
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.at(0).at(1).toString().contains(u"10241"),
             qPrintable(failed.at(0).at(1).toString()));
    QCOMPARE(ready.count(), 0);
}

void TestImageLoader::followsASameOriginRedirect() {
    HttpTestServer server;
    const QByteArray body = png(QSize(16, 16), Qt::yellow);
    server.setHandler([&](const QHttpServerRequest &request) {
        if (request.url().path() == u"/old.png") {
            QHttpServerResponse moved(QHttpServerResponse::StatusCode::Found);
            moved.addHeader("Location", "/new.png");
            return moved;
        }
        return image("image/png", body);
    });
    auto loader = makeLoader();
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    const QUrl url = server.url(QStringLiteral("/old.png"));
    loader->load(url);
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.at(0).at(0).toUrl(), url);
    QCOMPARE(server.count(QStringLiteral("/new.png")), 1);
}

void TestImageLoader::doesNotFollowARedirectToAnotherOrigin() {
    HttpTestServer elsewhere;
    elsewhere.setHandler(
        [&](const QHttpServerRequest &) { return image("image/png", png(QSize(4, 4), Qt::red)); });
    HttpTestServer server;
    const QByteArray target = elsewhere.url(QStringLiteral("/tracker.png")).toEncoded();
    server.setHandler([&](const QHttpServerRequest &) {
        QHttpServerResponse moved(QHttpServerResponse::StatusCode::Found);
        moved.addHeader("Location", target);
        return moved;
    });
    auto loader = makeLoader();
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    loader->load(server.url(QStringLiteral("/avatar.png")));
    QVERIFY(failed.wait(5000));
    QCOMPARE(ready.count(), 0);
    QVERIFY(failed.at(0).at(1).toString().contains(u"another site"));
    QCOMPARE(elsewhere.requests.size(), 0);
}

void TestImageLoader::refusesPlainHttpBeyondLoopback() {
    auto loader = makeLoader();
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    loader->load(QUrl(QStringLiteral("http://cdn.example.com/a.png")));
    loader->load(QUrl(QStringLiteral("ftp://127.0.0.1/a.png")));
    loader->load(QUrl(QStringLiteral("https://user:secret@cdn.example.com/a.png")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, 2000);
    QVERIFY(failed.at(0).at(1).toString().contains(u"https"));
    QVERIFY(failed.at(2).at(1).toString().contains(u"credentials"));
}

void TestImageLoader::usesTheDiskCacheOnASecondLoad() {
    HttpTestServer server;
    const QByteArray body = png(QSize(20, 20), Qt::cyan);
    server.setHandler([&](const QHttpServerRequest &) {
        return image("image/png", body, {{"Cache-Control", "max-age=3600"}});
    });
    const QUrl url = server.url(QStringLiteral("/cached.png"));
    {
        auto first = makeLoader();
        QSignalSpy ready(first.get(), &ImageLoader::imageReady);
        first->load(url);
        QVERIFY(ready.wait(5000));
        QCOMPARE(first->diskCacheHits(), 0);
    }
    // A new loader (an application restart) with the same folder: no request at all.
    auto second = makeLoader();
    QSignalSpy ready(second.get(), &ImageLoader::imageReady);
    second->load(url);
    QVERIFY(ready.wait(5000));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(second->diskCacheHits(), 1);
    QCOMPARE(ready.at(0).at(1).value<QImage>().size(), QSize(20, 20));

    // no-store is not written to disk.
    HttpTestServer other;
    other.setHandler([&](const QHttpServerRequest &) {
        return image("image/png", body, {{"Cache-Control", "no-store"}});
    });
    const QUrl private_ = other.url(QStringLiteral("/private.png"));
    second->load(private_);
    QVERIFY(ready.wait(5000));
    auto third = makeLoader();
    QSignalSpy thirdReady(third.get(), &ImageLoader::imageReady);
    third->load(private_);
    QVERIFY(thirdReady.wait(5000));
    QCOMPARE(other.requests.size(), 2);
}

void TestImageLoader::sharesOneRequestBetweenParallelLoads() {
    HttpTestServer server;
    const QByteArray body = png(QSize(10, 10), Qt::magenta);
    server.setHandler([&](const QHttpServerRequest &) { return image("image/png", body); });
    auto loader = makeLoader();
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    const QUrl url = server.url(QStringLiteral("/shared.png"));
    loader->load(url);
    loader->load(url);
    loader->load(url);
    QVERIFY(ready.wait(5000));
    QCOMPARE(server.requests.size(), 1);
}

void TestImageLoader::decodesABoundedSvg() {
    HttpTestServer server;
    const QByteArray svg = "<svg xmlns='http://www.w3.org/2000/svg' width='5000' height='5000'>"
                           "<circle cx='2500' cy='2500' r='2000' fill='red'/></svg>";
    server.setHandler([&](const QHttpServerRequest &) { return image("image/svg+xml", svg); });
    auto loader = makeLoader();
    loader->setMaximumPixelSize(QSize(128, 128));
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    loader->load(server.url(QStringLiteral("/icon.svg")));
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.at(0).at(1).value<QImage>().size(), QSize(128, 128));
}

QTEST_MAIN(TestImageLoader)
#include "tst_ImageLoader.moc"
