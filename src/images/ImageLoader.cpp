#include "images/ImageLoader.h"

#include "domain/Account.h"
#include "images/ImageDecode.h"
#include "network/BoundedReply.h"
#include "network/NetworkLog.h"
#include "network/RequestFactory.h"

#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace Paydesk {

namespace {

constexpr qint64 failureMemorySeconds = 300;
constexpr qint64 defaultMaxAgeSeconds = 24 * 3600;
constexpr qint64 longestMaxAgeSeconds = 7 * 24 * 3600;

// This computer or a local network: loopback, private, shared, link-local, unspecified.
bool isLocalHost(const QString &host) {
    if (isLoopbackHost(host) || host.endsWith(u".localhost", Qt::CaseInsensitive))
        return true;
    QHostAddress address(host);
    bool v4 = false;
    if (const quint32 ipv4 = address.toIPv4Address(&v4); v4)
        address = QHostAddress(ipv4); // also ::ffff:10.0.0.1
    for (const char *range : {"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "172.16.0.0/12",
                              "192.168.0.0/16", "::/128"}) {
        if (address.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(range))))
            return true;
    }
    return address.isLoopback() || address.isLinkLocal() || address.isSiteLocal()
           || address.isUniqueLocalUnicast() || address.isMulticast() || address.isBroadcast();
}

// What the caches file an image under: a hash, since the URL may name the customer.
QByteArray urlDigest(const QUrl &url) {
    return QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha256);
}

// The disk cache's key, from the same hash.
QUrl cacheKey(const QUrl &url) {
    return QUrl(QStringLiteral("paydesk-image:") + QString::fromLatin1(urlDigest(url).toHex()));
}

// How long an image may be served from the disk cache: max-age within bounds, else a day;
// 0 for no-store.
qint64 cacheLifetime(const QNetworkReply *reply) {
    const QByteArray control = reply->rawHeader("Cache-Control").toLower();
    if (control.contains("no-store"))
        return 0;
    for (const QByteArray &part : control.split(',')) {
        const QByteArray directive = part.trimmed();
        bool ok = false;
        const qint64 seconds = directive.mid(8).toLongLong(&ok);
        if (directive.startsWith("max-age=") && ok)
            return std::clamp<qint64>(seconds, 0, longestMaxAgeSeconds);
    }
    return defaultMaxAgeSeconds;
}

} // namespace

ImageLoader::ImageLoader(QNetworkAccessManager *nam, const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_memory(defaultMemoryCacheBytes) {
    // The cache is used here directly and never installed on the shared network access
    // manager, so API responses are never stored.
    m_diskCache = new QNetworkDiskCache(this);
    m_diskCache->setCacheDirectory(cacheDirectory);
    m_diskCache->setMaximumCacheSize(32 * 1024 * 1024);
    limitImageAllocations();
}

ImageLoader::~ImageLoader() {
    const auto pending = m_pending.keys();
    for (BoundedReply *bounded : pending)
        delete bounded;
}

void ImageLoader::clearMemoryCache() {
    m_memory.clear();
    m_failed.clear();
}

void ImageLoader::load(const QUrl &url, const QString &account) {
    if (const QString refused = refusal(url, account); !refused.isEmpty()) {
        QTimer::singleShot(0, this, [this, url, refused] { Q_EMIT imageFailed(url, refused); });
        return;
    }
    const QByteArray digest = urlDigest(url);
    if (const QImage *cached = m_memory.object(digest)) {
        const QImage image = *cached;
        QTimer::singleShot(0, this, [this, url, image] { Q_EMIT imageReady(url, image); });
        return;
    }
    if (const auto it = m_failed.constFind(digest); it != m_failed.constEnd()) {
        if (it->at.secsTo(QDateTime::currentDateTimeUtc()) < failureMemorySeconds) {
            const QString reason = it->reason;
            QTimer::singleShot(0, this, [this, url, reason] { Q_EMIT imageFailed(url, reason); });
            return;
        }
        m_failed.erase(it);
    }
    if (m_inFlight.contains(url))
        return; // the running request answers for both
    m_inFlight.insert(url);
    if (!loadFromDisk(url))
        fetch(url);
}

QString ImageLoader::refusal(const QUrl &url, const QString &account) const {
    if (!url.isValid() || url.host().isEmpty())
        return tr("not a valid image address");
    if (!url.userInfo().isEmpty())
        return tr("image addresses with credentials are refused");
    const QUrl home = m_originOf ? m_originOf(account) : QUrl();
    if (home.isValid() && isSameOrigin(url, home) && !requestUrlProblem(home))
        return {}; // the account's own server, on this computer for the demo and tests
    if (url.scheme() != u"https")
        return tr("only https image addresses are loaded");
    if (isLocalHost(url.host()))
        return tr("images on this computer or the local network are loaded only from the "
                  "account's own server");
    return {};
}

bool ImageLoader::loadFromDisk(const QUrl &url) {
    const QUrl key = cacheKey(url);
    const QNetworkCacheMetaData meta = m_diskCache->metaData(key);
    if (!meta.isValid())
        return false;
    std::unique_ptr<QIODevice> device(m_diskCache->data(key));
    QByteArray format;
    for (const auto &header : meta.rawHeaders()) {
        if (header.first.compare("content-type", Qt::CaseInsensitive) == 0)
            format = rasterImageFormat(header.second);
    }
    if (!device || format.isEmpty() || !meta.expirationDate().isValid()
        || meta.expirationDate() <= QDateTime::currentDateTimeUtc()) {
        m_diskCache->remove(key);
        return false;
    }
    const QByteArray body = device->read(m_maxBytes + 1);
    if (body.size() > m_maxBytes) {
        m_diskCache->remove(key);
        return false;
    }
    ++m_diskCacheHits;
    decodeThenFinish(url, body, format, 0);
    return true;
}

void ImageLoader::fetch(const QUrl &url) {
    const std::chrono::milliseconds timeout(m_timeoutMs);
    QNetworkReply *reply =
        m_nam->get(makeRequest(url, "image/png, image/jpeg, image/gif, image/webp", timeout));
    auto *bounded = new BoundedReply(reply, m_maxBytes, timeout, this);
    QTimer::singleShot(timeout, bounded, [bounded] { bounded->expire(); }); // a trickle too
    m_pending.insert(bounded, url);
    connect(bounded, &BoundedReply::finished, this, [this, bounded] { onFinished(bounded); });
}

void ImageLoader::onFinished(BoundedReply *bounded) {
    const QUrl url = m_pending.take(bounded);
    bounded->deleteLater();
    QNetworkReply *reply = bounded->reply();
    if (bounded->stop() == BoundedReply::Stop::TooLarge)
        return fail(url, tr("the image is larger than %1 bytes").arg(m_maxBytes));
    if (bounded->stop() == BoundedReply::Stop::Inactive)
        return fail(url, tr("the image server stopped answering"));
    if (!reply)
        return fail(url, tr("the image request was aborted"));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Qt followed the redirects within the origin (the policy of makeRequest); not these.
    if (reply->error() == QNetworkReply::TooManyRedirectsError)
        return fail(url, tr("too many redirects"));
    if (reply->error() == QNetworkReply::InsecureRedirectError) {
        const QString host = redirectTarget(*reply).host();
        qCInfo(lcNet) << "image redirect to another origin refused:" << host;
        return fail(url, tr("redirected to another site (%1)").arg(host));
    }
    if (reply->error() != QNetworkReply::NoError || status != 200)
        return fail(url, status > 0 ? tr("HTTP status %1").arg(status) : reply->errorString());
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray format = rasterImageFormat(contentType);
    if (format.isEmpty())
        return fail(url, tr("not a raster image (%1)")
                             .arg(contentType.isEmpty() ? tr("no content type")
                                                        : QString::fromLatin1(contentType)));
    decodeThenFinish(url, bounded->body(), format, cacheLifetime(reply));
}

void ImageLoader::decodeThenFinish(const QUrl &url, const QByteArray &body,
                                   const QByteArray &format, qint64 cacheSeconds) {
    // Decoding is the costly part a hostile image aims at: never on the GUI thread. The watcher
    // is a child, so nothing is delivered to a loader that is gone.
    auto promise = std::make_shared<QPromise<DecodedImage>>();
    auto *watcher = new QFutureWatcher<DecodedImage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, url, body, format, cacheSeconds] {
                watcher->deleteLater();
                const DecodedImage decoded = watcher->result();
                if (decoded.image.isNull())
                    return fail(url, decoded.error);
                if (cacheSeconds > 0)
                    store(url, body, format, cacheSeconds);
                succeed(url, decoded.image);
            });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, body, format, limit = m_maxPixels] {
        promise->addResult(decodeRasterImage(body, format, limit));
        promise->finish();
    });
}

void ImageLoader::store(const QUrl &url, const QByteArray &body, const QByteArray &format,
                        qint64 cacheSeconds) {
    QNetworkCacheMetaData meta;
    meta.setUrl(cacheKey(url));
    meta.setRawHeaders({{"Content-Type", "image/" + format}});
    meta.setExpirationDate(QDateTime::currentDateTimeUtc().addSecs(cacheSeconds));
    meta.setSaveToDisk(true);
    if (QIODevice *device = m_diskCache->prepare(meta)) {
        device->write(body);
        m_diskCache->insert(device);
    }
}

void ImageLoader::fail(const QUrl &url, const QString &reason) {
    m_inFlight.remove(url);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Failures are forgotten once they are old, not only when their URL comes back.
    m_failed.removeIf([&now](const auto &failure) {
        return failure.value().at.secsTo(now) >= failureMemorySeconds;
    });
    m_failed.insert(urlDigest(url), {reason, now});
    qCDebug(lcNet) << "image failed:" << url.host() << reason;
    Q_EMIT imageFailed(url, reason);
}

void ImageLoader::succeed(const QUrl &url, const QImage &image) {
    m_inFlight.remove(url);
    m_memory.insert(urlDigest(url), new QImage(image), std::max<qsizetype>(1, image.sizeInBytes()));
    Q_EMIT imageReady(url, image);
}

} // namespace Paydesk
