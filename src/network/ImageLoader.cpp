#include "network/ImageLoader.h"

#include "network/BoundedReply.h"
#include "network/NetworkLog.h"

#include <QBuffer>
#include <QDateTime>
#include <QHostAddress>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

namespace Paydesk {

namespace {

constexpr int maxRedirects = 3;
constexpr qint64 failureMemorySeconds = 300;
constexpr qint64 maxSvgBytes = 256 * 1024;
constexpr int allocationLimitMiB = 32;
constexpr qint64 defaultMaxAgeSeconds = 24 * 3600;
constexpr qint64 longestMaxAgeSeconds = 7 * 24 * 3600;

QByteArray imageFormat(const QByteArray &contentType) {
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    if (type == "image/png")
        return "png";
    if (type == "image/jpeg" || type == "image/jpg")
        return "jpeg";
    if (type == "image/gif")
        return "gif";
    if (type == "image/webp")
        return "webp";
    if (type == "image/svg+xml")
        return "svg";
    return {};
}

bool isLoopback(const QUrl &url) {
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool sameOrigin(const QUrl &a, const QUrl &b) {
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == u"https" ? 443 : 80)
                  == b.port(b.scheme() == u"https" ? 443 : 80);
}

// How long an image may be served from the disk cache: max-age within bounds, else a day.
// nullopt for no-store.
std::optional<qint64> maxAge(const QNetworkReply *reply) {
    const QByteArray control = reply->rawHeader("Cache-Control").toLower();
    if (control.contains("no-store"))
        return std::nullopt;
    for (const QByteArray &part : control.split(',')) {
        const QByteArray directive = part.trimmed();
        if (directive.startsWith("max-age=")) {
            bool ok = false;
            const qint64 seconds = directive.mid(8).toLongLong(&ok);
            if (ok)
                return std::clamp<qint64>(seconds, 0, longestMaxAgeSeconds);
        }
    }
    return defaultMaxAgeSeconds;
}

} // namespace

ImageLoader::ImageLoader(QNetworkAccessManager *nam, const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_memory(64 * 1024) {
    // The cache is used here directly and never installed on the shared network access
    // manager, so API responses are never stored.
    m_diskCache = new QNetworkDiskCache(this);
    m_diskCache->setCacheDirectory(cacheDirectory);
    m_diskCache->setMaximumCacheSize(32 * 1024 * 1024);
    if (QImageReader::allocationLimit() == 0
        || QImageReader::allocationLimit() > allocationLimitMiB)
        QImageReader::setAllocationLimit(allocationLimitMiB);
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

void ImageLoader::load(const QUrl &url) {
    if (const QImage *cached = m_memory.object(url)) {
        const QImage image = *cached;
        QTimer::singleShot(0, this, [this, url, image] { Q_EMIT imageReady(url, image); });
        return;
    }
    if (const auto it = m_failed.constFind(url); it != m_failed.constEnd()) {
        if (it->at.secsTo(QDateTime::currentDateTimeUtc()) < failureMemorySeconds) {
            const QString reason = it->reason;
            QTimer::singleShot(0, this, [this, url, reason] { Q_EMIT imageFailed(url, reason); });
            return;
        }
        m_failed.erase(it);
    }
    if (m_inFlight.contains(url))
        return; // the running request answers for both
    const QString refusal = checkUrl(url);
    if (!refusal.isEmpty()) {
        QTimer::singleShot(0, this, [this, url, refusal] { fail(url, refusal); });
        return;
    }
    m_inFlight.insert(url);
    if (loadFromDisk(url))
        return;
    start(url, url, 0);
}

QString ImageLoader::checkUrl(const QUrl &url) const {
    if (!url.isValid() || url.host().isEmpty())
        return tr("not a valid image address");
    if (!url.userInfo().isEmpty())
        return tr("image addresses with credentials are refused");
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() == u"http" && isLoopback(url))
        return {};
    return tr("only https image addresses are loaded");
}

bool ImageLoader::loadFromDisk(const QUrl &url) {
    const QNetworkCacheMetaData meta = m_diskCache->metaData(url);
    if (!meta.isValid())
        return false;
    if (!meta.expirationDate().isValid()
        || meta.expirationDate() <= QDateTime::currentDateTimeUtc()) {
        m_diskCache->remove(url);
        return false;
    }
    QByteArray contentType;
    for (const auto &header : meta.rawHeaders()) {
        if (header.first.compare("content-type", Qt::CaseInsensitive) == 0)
            contentType = header.second;
    }
    std::unique_ptr<QIODevice> device(m_diskCache->data(url));
    if (!device)
        return false;
    const QByteArray body = device->read(m_maxBytes + 1);
    QString error;
    const QImage image = body.size() > m_maxBytes ? QImage() : decode(body, contentType, &error);
    if (image.isNull()) {
        m_diskCache->remove(url);
        return false;
    }
    ++m_diskCacheHits;
    QTimer::singleShot(0, this, [this, url, image] { succeed(url, image); });
    return true;
}

void ImageLoader::start(const QUrl &original, const QUrl &current, int redirects) {
    QNetworkRequest request(current);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Accept",
                         "image/png, image/jpeg, image/gif, image/webp, image/svg+xml;q=0.8");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Paydesk/%1").arg(QStringLiteral(PAYDESK_VERSION)));
    request.setTransferTimeout(m_timeoutMs);

    QNetworkReply *reply = m_nam->get(request);
    auto *bounded =
        new BoundedReply(reply, m_maxBytes, std::chrono::milliseconds(m_timeoutMs), this);
    m_pending.insert(bounded, {original, redirects});
    connect(bounded, &BoundedReply::finished, this, [this, bounded] { onFinished(bounded); });
}

void ImageLoader::onFinished(BoundedReply *bounded) {
    const Pending pending = m_pending.take(bounded);
    bounded->deleteLater();
    const QUrl &url = pending.original;
    QNetworkReply *reply = bounded->reply();
    if (bounded->stop() == BoundedReply::Stop::TooLarge) {
        fail(url, tr("the image is larger than %1 bytes").arg(m_maxBytes));
        return;
    }
    if (bounded->stop() == BoundedReply::Stop::Inactive) {
        fail(url, tr("the image server stopped answering"));
        return;
    }
    if (!reply) {
        fail(url, tr("the image request was aborted"));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (pending.redirects >= maxRedirects) {
            fail(url, tr("too many redirects"));
        } else if (!sameOrigin(target, reply->url()) || !checkUrl(target).isEmpty()) {
            qCInfo(lcNet) << "image redirect to another origin refused:" << target.host();
            fail(url, tr("redirected to another site (%1)").arg(target.host()));
        } else {
            start(url, target, pending.redirects + 1);
        }
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        fail(url, status > 0 ? tr("HTTP status %1").arg(status) : reply->errorString());
        return;
    }
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (imageFormat(contentType).isEmpty()) {
        fail(url, tr("not an image (%1)")
                      .arg(contentType.isEmpty() ? tr("no content type")
                                                 : QString::fromLatin1(contentType)));
        return;
    }
    QString error;
    const QImage image = decode(bounded->body(), contentType, &error);
    if (image.isNull()) {
        fail(url, error);
        return;
    }
    if (const std::optional<qint64> age = maxAge(reply); age && *age > 0) {
        QNetworkCacheMetaData meta;
        meta.setUrl(url);
        meta.setRawHeaders({{"Content-Type", contentType}});
        meta.setExpirationDate(QDateTime::currentDateTimeUtc().addSecs(*age));
        meta.setSaveToDisk(true);
        if (QIODevice *device = m_diskCache->prepare(meta)) {
            device->write(bounded->body());
            m_diskCache->insert(device);
        }
    }
    succeed(url, image);
}

QImage ImageLoader::decode(const QByteArray &body, const QByteArray &contentType,
                           QString *error) const {
    const QByteArray format = imageFormat(contentType);
    if (format.isEmpty()) {
        *error = tr("not an image");
        return {};
    }
    if (format == "svg" && body.size() > maxSvgBytes) {
        *error = tr("the SVG image is larger than %1 bytes").arg(maxSvgBytes);
        return {};
    }
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    const QSize size = reader.size();
    if (format == "svg") {
        // Vector: render at a bounded size whatever it declares.
        QSize target = size.isValid() && !size.isEmpty() ? size : m_maxPixels;
        if (target.width() > m_maxPixels.width() || target.height() > m_maxPixels.height())
            target = target.scaled(m_maxPixels, Qt::KeepAspectRatio);
        reader.setScaledSize(target);
    } else if (!size.isValid() || size.width() > m_maxPixels.width()
               || size.height() > m_maxPixels.height()) {
        *error =
            size.isValid()
                ? tr("the image is too large (%1×%2 pixels)").arg(size.width()).arg(size.height())
                : tr("the image could not be read");
        return {};
    }
    QImage image = reader.read();
    if (image.isNull()) {
        *error = tr("the image could not be decoded: %1").arg(reader.errorString());
        return {};
    }
    // The size a header declares is not always the size decoded: a GIF's frame may say 1×1 on
    // a screen of 1×10241. The cap holds for what was decoded.
    if (image.width() > m_maxPixels.width() || image.height() > m_maxPixels.height()) {
        *error = tr("the image is too large (%1×%2 pixels)").arg(image.width()).arg(image.height());
        return {};
    }
    return image;
}

void ImageLoader::fail(const QUrl &url, const QString &reason) {
    m_inFlight.remove(url);
    m_failed.insert(url, {reason, QDateTime::currentDateTimeUtc()});
    qCDebug(lcNet) << "image failed:" << url.host() << reason;
    Q_EMIT imageFailed(url, reason);
}

void ImageLoader::succeed(const QUrl &url, const QImage &image) {
    m_inFlight.remove(url);
    m_memory.insert(url, new QImage(image),
                    int(std::max<qsizetype>(1, image.sizeInBytes() / 1024)));
    Q_EMIT imageReady(url, image);
}

} // namespace Paydesk
