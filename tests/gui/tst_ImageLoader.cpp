// ImageLoader against real servers on 127.0.0.1: what it loads, what it refuses, its caches.
#include "images/ImageLoader.h"

#include "TestServers.h"

#include <QBuffer>
#include <QDataStream>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
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

// The threads on which the loader said it decoded an image (its debug line).
QMutex decodingMutex;
QList<QThread *> decodingThreads;

void recordDecodingThread(QtMsgType, const QMessageLogContext &, const QString &message) {
    if (message.contains(u"image decoded")) {
        const QMutexLocker lock(&decodingMutex);
        decodingThreads << QThread::currentThread();
    }
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
    void stopsFollowingEndlessRedirects();
    void refusesPlainHttpBeyondLoopback();
    void usesTheDiskCacheOnASecondLoad();
    void sharesOneRequestBetweenParallelLoads();
    void refusesRemoteSvg();
    void fetchesNothingLocalButTheAccountsOwnServer();
    void refusesHugeDimensionsWithoutAllocating();
    void decodesOffTheGuiThread();
    void cacheRevealsNothingAboutTheCustomer();
    void slowImageHitsTheTimeLimit();
    void keepsDecodedImagesWithinItsMemoryBudget();

private:
    // A loader whose checkouts all come from an account served at `home`.
    std::unique_ptr<ImageLoader> makeLoader(const QUrl &home = {});

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

std::unique_ptr<ImageLoader> TestImageLoader::makeLoader(const QUrl &home) {
    auto loader = std::make_unique<ImageLoader>(m_nam.get(), m_cache->path());
    // Generous: these tests are not about the time limit, and a loaded machine running the
    // whole suite at once can take seconds to schedule a decode.
    loader->setTimeout(20000);
    loader->setAccountOrigins([home](const QString &) { return home; });
    return loader;
}

void TestImageLoader::loadsAPng() {
    HttpTestServer server;
    const QByteArray body = png(QSize(64, 48), Qt::red);
    server.setHandler([&](const QHttpServerRequest &) { return image("image/png", body); });
    auto loader = makeLoader(server.url());
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    const QUrl url = server.url(QStringLiteral("/avatar.png"));
    loader->load(url);
    QVERIFY(ready.wait(20000));
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
    QVERIFY(ready.wait(20000));
    QCOMPARE(server.requests.size(), 1);
}

void TestImageLoader::refusesAWrongContentType() {
    HttpTestServer server;
    const QByteArray body = png(QSize(8, 8), Qt::blue);
    server.setHandler([&](const QHttpServerRequest &) { return image("text/html", body); });
    auto loader = makeLoader(server.url());
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    loader->load(server.url(QStringLiteral("/page")));
    QVERIFY(failed.wait(20000));
    QCOMPARE(ready.count(), 0);
    QVERIFY2(failed.at(0).at(1).toString().contains(u"text/html"),
             qPrintable(failed.at(0).at(1).toString()));
}

void TestImageLoader::refusesADeclaredOversizedBody() {
    HttpTestServer server;
    const QByteArray body(3 * 1024 * 1024, 'x');
    server.setHandler([&](const QHttpServerRequest &) { return image("image/png", body); });
    auto loader = makeLoader(server.url());
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    loader->load(server.url(QStringLiteral("/huge.png")));
    QVERIFY(failed.wait(20000));
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
    auto loader = makeLoader(server.url());
    loader->setMaximumBytes(256 * 1024);
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    loader->load(server.url(QStringLiteral("/endless.png")));
    QVERIFY(failed.wait(20000));
    QVERIFY(failed.at(0).at(1).toString().contains(u"larger"));
    QTRY_VERIFY_WITH_TIMEOUT(clientClosed, 5000);
    // Stopped soon after the cap, not at the end of a body that has none.
    QVERIFY2(written < 8 * 1024 * 1024, qPrintable(QString::number(written)));
}

void TestImageLoader::refusesATooLargeImage() {
    HttpTestServer server;
    const QByteArray body = png(QSize(3000, 10), Qt::green);
    server.setHandler([&](const QHttpServerRequest &) { return image("image/png", body); });
    auto loader = makeLoader(server.url());
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    loader->load(server.url(QStringLiteral("/wide.png")));
    QVERIFY(failed.wait(20000));
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
    auto loader = makeLoader(server.url());
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    loader->load(server.url(QStringLiteral("/tall.gif")));
    QVERIFY(failed.wait(20000));
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
    auto loader = makeLoader(server.url());
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    const QUrl url = server.url(QStringLiteral("/old.png"));
    loader->load(url);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
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
    auto loader = makeLoader(server.url());
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    loader->load(server.url(QStringLiteral("/avatar.png")));
    QVERIFY(failed.wait(20000));
    QCOMPARE(ready.count(), 0);
    QVERIFY(failed.at(0).at(1).toString().contains(u"another site"));
    QCOMPARE(elsewhere.requests.size(), 0);
}

void TestImageLoader::stopsFollowingEndlessRedirects() {
    HttpTestServer server; // /avatar.png to /hop1.png, /hop1.png to /hop2.png, and so on
    server.setHandler([](const QHttpServerRequest &request) {
        const int hop = request.url().path().mid(4).chopped(4).toInt(); // 0 for /avatar.png
        QHttpServerResponse moved(QHttpServerResponse::StatusCode::Found);
        moved.addHeader("Location", "/hop" + QByteArray::number(hop + 1) + ".png");
        return moved;
    });
    auto loader = makeLoader(server.url());
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    loader->load(server.url(QStringLiteral("/avatar.png")));
    QVERIFY(failed.wait(20000));
    QCOMPARE(ready.count(), 0);
    QVERIFY2(failed.at(0).at(1).toString().contains(u"too many redirects"),
             qPrintable(failed.at(0).at(1).toString()));
    QVERIFY(server.count(QStringLiteral("/hop3.png")) > 0); // three redirects followed
    QCOMPARE(server.count(QStringLiteral("/hop4.png")), 0); // not a fourth
}

void TestImageLoader::refusesPlainHttpBeyondLoopback() {
    auto loader = makeLoader();
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    loader->load(QUrl(QStringLiteral("http://cdn.example.com/a.png")));
    loader->load(QUrl(QStringLiteral("ftp://127.0.0.1/a.png")));
    loader->load(QUrl(QStringLiteral("https://user:secret@cdn.example.com/a.png")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, 20000);
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
        auto first = makeLoader(server.url());
        QSignalSpy ready(first.get(), &ImageLoader::imageReady);
        first->load(url);
        QVERIFY(ready.wait(20000));
        QCOMPARE(first->diskCacheHits(), 0);
    }
    // A new loader (an application restart) with the same folder: no request at all.
    auto second = makeLoader(server.url());
    QSignalSpy ready(second.get(), &ImageLoader::imageReady);
    second->load(url);
    QVERIFY(ready.wait(20000));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(second->diskCacheHits(), 1);
    QCOMPARE(ready.at(0).at(1).value<QImage>().size(), QSize(20, 20));

    // no-store is not written to disk.
    HttpTestServer other;
    other.setHandler([&](const QHttpServerRequest &) {
        return image("image/png", body, {{"Cache-Control", "no-store"}});
    });
    const QUrl private_ = other.url(QStringLiteral("/private.png"));
    auto secondElsewhere = makeLoader(other.url());
    QSignalSpy elsewhereReady(secondElsewhere.get(), &ImageLoader::imageReady);
    secondElsewhere->load(private_);
    QVERIFY(elsewhereReady.wait(20000));
    auto third = makeLoader(other.url());
    QSignalSpy thirdReady(third.get(), &ImageLoader::imageReady);
    third->load(private_);
    QVERIFY(thirdReady.wait(20000));
    QCOMPARE(other.requests.size(), 2);
}

void TestImageLoader::sharesOneRequestBetweenParallelLoads() {
    HttpTestServer server;
    const QByteArray body = png(QSize(10, 10), Qt::magenta);
    server.setHandler([&](const QHttpServerRequest &) { return image("image/png", body); });
    auto loader = makeLoader(server.url());
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    const QUrl url = server.url(QStringLiteral("/shared.png"));
    loader->load(url);
    loader->load(url);
    loader->load(url);
    QVERIFY(ready.wait(20000));
    QCOMPARE(server.requests.size(), 1);
}

void TestImageLoader::refusesRemoteSvg() {
    // An SVG is a program of sorts: <use> fan-out pins a core, <image href> opens local files.
    HttpTestServer server;
    const QByteArray svg = "<svg xmlns='http://www.w3.org/2000/svg' "
                           "xmlns:xlink='http://www.w3.org/1999/xlink' width='64' height='64'>"
                           "<image xlink:href='/etc/passwd' width='64' height='64'/></svg>";
    server.setHandler([&](const QHttpServerRequest &request) {
        return image(request.url().path() == u"/icon.svg" ? "image/svg+xml" : "image/png", svg);
    });
    auto loader = makeLoader(server.url());
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    loader->load(server.url(QStringLiteral("/icon.svg")));
    loader->load(server.url(QStringLiteral("/disguised.png"))); // SVG bytes called a PNG
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 20000);
    QCOMPARE(ready.count(), 0);
    QVERIFY2(failed.at(0).at(1).toString().contains(u"image/svg+xml"),
             qPrintable(failed.at(0).at(1).toString()));
}

void TestImageLoader::fetchesNothingLocalButTheAccountsOwnServer() {
    HttpTestServer home;
    HttpTestServer local; // another service on this computer
    local.setHandler(
        [](const QHttpServerRequest &) { return image("image/png", png(QSize(4, 4), Qt::red)); });
    home.setHandler([&local](const QHttpServerRequest &) {
        QHttpServerResponse moved(QHttpServerResponse::StatusCode::Found);
        moved.addHeader("Location", local.url(QStringLiteral("/admin?delete=all")).toEncoded());
        return moved;
    });
    auto loader = makeLoader(home.url(QStringLiteral("/api/v1")));
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    loader->load(local.url(QStringLiteral("/admin?delete=all")), QStringLiteral("ci"));
    loader->load(home.url(QStringLiteral("/avatar.png")), QStringLiteral("ci")); // redirected
    const QString port = QString::number(local.port());
    loader->load(QUrl(QStringLiteral("https://127.0.0.1:%1/a.png").arg(port)));
    loader->load(QUrl(QStringLiteral("https://localhost:%1/a.png").arg(port)));
    loader->load(QUrl(QStringLiteral("https://[::ffff:127.0.0.1]:%1/a.png").arg(port)));
    loader->load(QUrl(QStringLiteral("https://10.1.2.3/a.png")));
    loader->load(QUrl(QStringLiteral("https://192.168.1.1/a.png")));
    loader->load(QUrl(QStringLiteral("https://169.254.169.254/latest/meta-data")));
    loader->load(QUrl(QStringLiteral("https://[fd00::1]/a.png")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 9, 20000);
    QTest::qWait(100); // a wrongly made request would have arrived by now
    QCOMPARE(ready.count(), 0);
    QCOMPARE(local.requests.size(), 0);
    QCOMPARE(home.requests.size(), 1);
    QVERIFY2(failed.at(0).at(1).toString().contains(u"https"),
             qPrintable(failed.at(0).at(1).toString()));
    QVERIFY2(failed.at(1).at(1).toString().contains(u"account's own server"),
             qPrintable(failed.at(1).at(1).toString()));
}

void TestImageLoader::refusesHugeDimensionsWithoutAllocating() {
    // A valid PNG header announcing 100000×100000 pixels (40 GB decoded) with a tiny body.
    QByteArray body = png(QSize(1, 1), Qt::black);
    QByteArray header;
    QDataStream out(&header, QIODevice::WriteOnly);
    out << quint32(100000) << quint32(100000);
    body.replace(16, 8, header);
    const QByteArray chunk = body.mid(12, 17); // "IHDR" and its 13 bytes
    quint32 crc = 0xffffffffu;
    for (const char byte : chunk) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    QByteArray crcBytes;
    QDataStream crcOut(&crcBytes, QIODevice::WriteOnly);
    crcOut << quint32(~crc);
    body.replace(29, 4, crcBytes);
    QBuffer check(&body);
    QCOMPARE(QImageReader(&check, "png").size(), QSize(100000, 100000));

    HttpTestServer server;
    server.setHandler([&](const QHttpServerRequest &) { return image("image/png", body); });
    auto loader = makeLoader(server.url());
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    const qint64 before = residentKiB();
    loader->load(server.url(QStringLiteral("/bomb.png")));
    QVERIFY(failed.wait(20000));
    QVERIFY2(failed.at(0).at(1).toString().contains(u"100000"),
             qPrintable(failed.at(0).at(1).toString()));
    QVERIFY(residentKiB() - before < 64 * 1024);
}

void TestImageLoader::decodesOffTheGuiThread() {
    QLoggingCategory::setFilterRules(QStringLiteral("paydesk.*=true"));
    decodingThreads.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordDecodingThread);
    HttpTestServer server;
    server.setHandler([](const QHttpServerRequest &) {
        return image("image/png", png(QSize(32, 32), Qt::blue), {{"Cache-Control", "max-age=60"}});
    });
    auto loader = makeLoader(server.url());
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    loader->load(server.url(QStringLiteral("/a.png")));
    QVERIFY(ready.wait(20000));
    auto again = makeLoader(server.url()); // from the disk cache this time
    QSignalSpy readyAgain(again.get(), &ImageLoader::imageReady);
    again->load(server.url(QStringLiteral("/a.png")));
    QVERIFY(readyAgain.wait(20000));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QCOMPARE(again->diskCacheHits(), 1);
    QCOMPARE(decodingThreads.size(), 2);
    for (QThread *thread : std::as_const(decodingThreads))
        QVERIFY(thread != QThread::currentThread());
}

void TestImageLoader::cacheRevealsNothingAboutTheCustomer() {
    HttpTestServer server;
    server.setHandler([](const QHttpServerRequest &) {
        return image("image/png", png(QSize(8, 8), Qt::gray), {{"Cache-Control", "max-age=3600"}});
    });
    const QUrl url = server.url(QStringLiteral("/avatars/awa.diallo%40example.sn.png"
                                               "?email=awa.diallo@example.sn&name=Awa+Diallo"));
    auto loader = makeLoader(server.url());
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    loader->load(url);
    QVERIFY(ready.wait(20000));
    auto second = makeLoader(server.url());
    QSignalSpy secondReady(second.get(), &ImageLoader::imageReady);
    second->load(url);
    QVERIFY(secondReady.wait(20000));
    QCOMPARE(second->diskCacheHits(), 1); // it was cached

    int files = 0;
    QDirIterator it(m_cache->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll() + path.toUtf8();
        for (const QByteArray &needle :
             {QByteArray("diallo"), QByteArray("example.sn"), QByteArray("avatars")})
            QVERIFY2(!contents.contains(needle), qPrintable(path));
    }
    QVERIFY(files >= 1);
}

void TestImageLoader::slowImageHitsTheTimeLimit() {
    RawTestServer server;
    server.setOnRequest([](QTcpSocket *socket, const SeenRequest &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 5000\r\n\r\n");
        auto *drip = new QTimer(socket);
        QObject::connect(drip, &QTimer::timeout, socket, [socket] { socket->write("x"); });
        drip->start(50); // never silent, never done
    });
    auto loader = makeLoader(server.url());
    loader->setTimeout(600);
    QSignalSpy failed(loader.get(), &ImageLoader::imageFailed);
    QElapsedTimer clock;
    clock.start();
    loader->load(server.url(QStringLiteral("/slow.png")));
    QVERIFY(failed.wait(20000));
    // The 600 ms limit ended it: the server never would.
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QTRY_COMPARE(server.openConnections, 0);
}

void TestImageLoader::keepsDecodedImagesWithinItsMemoryBudget() {
    // A bulk lookup shows one avatar after another: the decoded images kept in memory stay
    // within the budget, the most recent kept, the oldest fetched again when shown again.
    HttpTestServer server;
    const QSize side(128, 128);
    const QByteArray body = png(side, Qt::darkGreen);
    server.setHandler([&](const QHttpServerRequest &) { // never from the disk cache
        return image("image/png", body, {{"Cache-Control", "no-store"}});
    });
    auto loader = makeLoader(server.url());
    QCOMPARE(loader->memoryCacheBytes(), ImageLoader::defaultMemoryCacheBytes);
    QSignalSpy ready(loader.get(), &ImageLoader::imageReady);
    const auto url = [&server](int i) {
        return server.url(QStringLiteral("/avatars/cus_%1.png").arg(i));
    };
    const int count = 200; // 12.5 MiB decoded
    for (int i = 0; i < count; ++i) {
        loader->load(url(i));
        QTRY_COMPARE(ready.count(), i + 1);
    }
    const qsizetype each = ready.last().at(1).value<QImage>().sizeInBytes();
    QCOMPARE(each, qsizetype(side.width()) * side.height() * 4);
    QVERIFY2(loader->memoryCacheUsedBytes() <= ImageLoader::defaultMemoryCacheBytes,
             qPrintable(QString::number(loader->memoryCacheUsedBytes())));
    QCOMPARE(loader->memoryCacheCount(), ImageLoader::defaultMemoryCacheBytes / each);
    QCOMPARE(server.requests.size(), count);

    loader->load(url(count - 1));
    QTRY_COMPARE(ready.count(), count + 1);
    QCOMPARE(server.requests.size(), count); // from memory
    loader->load(url(0));
    QTRY_COMPARE(ready.count(), count + 2);
    QCOMPARE(server.requests.size(), count + 1); // gone from memory: fetched again

    // A smaller budget lets the oldest go at once.
    loader->setMemoryCacheBytes(3 * each);
    QVERIFY(loader->memoryCacheUsedBytes() <= 3 * each);
    QCOMPARE(loader->memoryCacheCount(), 3);
}

QTEST_MAIN(TestImageLoader)
#include "tst_ImageLoader.moc"
