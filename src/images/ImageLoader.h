#pragma once

#include "images/ImageDecode.h"

#include <QCache>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkDiskCache;

namespace Paydesk {

class BoundedReply;

// Loads small remote images (avatars, payment method icons) for display: data, never programs.
// Only raster formats (PNG, JPEG, GIF, WebP; a remote SVG is refused), decoded on a worker
// thread once the declared pixel size passed its cap (and within QImageReader's allocation
// limit); bodies capped as they arrive; every request time-limited. Fetched over https from
// public hosts; plain http, loopback and private addresses only at the origin of the account
// the checkout came from (the demo and tests), so that no answer makes Paydesk knock at a local
// service. Redirects only to the same origin; requests built by makeRequest (no credentials, no
// cookies). The disk cache files an image under a hash of its URL, which may carry a
// customer's e-mail, and so do the memory caches. The most recently used decoded images are
// kept in memory up to a byte budget (a bulk lookup shows thousands of avatars, each 64 KiB
// decoded at 128x128: only the disk cache keeps them all); parallel loads of one URL share one
// request. Each load() is answered by imageReady or imageFailed for its URL, always later.
// The decoding itself is decodeRasterImage (ImageDecode.h), the code the image fuzzer runs.
class ImageLoader : public QObject {
    Q_OBJECT
public:
    // The base URL of the account named, or an empty URL.
    using AccountOrigin = std::function<QUrl(const QString &account)>;

    ImageLoader(QNetworkAccessManager *nam, const QString &cacheDirectory,
                QObject *parent = nullptr);
    ~ImageLoader() override;

    void setAccountOrigins(AccountOrigin originOf) { m_originOf = std::move(originOf); }
    // Loads an image shown for a checkout found with `account`.
    void load(const QUrl &url, const QString &account = {});

    // Limits; the defaults suit avatars and icons.
    void setMaximumBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maximumBytes() const { return m_maxBytes; }
    void setMaximumPixelSize(const QSize &size) { m_maxPixels = size; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // The decoded images kept in memory: at most this many bytes of pixels, the least
    // recently used going first. An image larger than the budget is not kept.
    static constexpr qsizetype defaultMemoryCacheBytes = 8 * 1024 * 1024;
    void setMemoryCacheBytes(qsizetype bytes) { m_memory.setMaxCost(bytes); }
    qsizetype memoryCacheBytes() const { return m_memory.maxCost(); }
    // The bytes of pixels kept now, and in how many images.
    qsizetype memoryCacheUsedBytes() const { return m_memory.totalCost(); }
    qsizetype memoryCacheCount() const { return m_memory.count(); }

    // How many network replies were served from the disk cache (for tests and diagnostics).
    int diskCacheHits() const { return m_diskCacheHits; }
    // Forgets decoded images kept in memory (the disk cache stays).
    void clearMemoryCache();

Q_SIGNALS:
    void imageReady(const QUrl &url, const QImage &image);
    void imageFailed(const QUrl &url, const QString &reason);

private:
    struct Failure {
        QString reason;
        QDateTime at;
    };

    QString refusal(const QUrl &url, const QString &account) const;
    bool loadFromDisk(const QUrl &url);
    void fetch(const QUrl &url);
    void onFinished(BoundedReply *bounded);
    void decodeThenFinish(const QUrl &url, const QByteArray &body, const QByteArray &format,
                          qint64 cacheSeconds);
    void store(const QUrl &url, const QByteArray &body, const QByteArray &format,
               qint64 cacheSeconds);
    void fail(const QUrl &url, const QString &reason);
    void succeed(const QUrl &url, const QImage &image);

    QNetworkAccessManager *m_nam = nullptr;
    QNetworkDiskCache *m_diskCache = nullptr;
    AccountOrigin m_originOf;
    // Keyed by urlDigest(): nothing kept for a while names the customer.
    QCache<QByteArray, QImage> m_memory;   // cost: the image's bytes
    QHash<QByteArray, Failure> m_failed;   // remembered for a few minutes
    QSet<QUrl> m_inFlight;                 // by original URL
    QHash<BoundedReply *, QUrl> m_pending; // the URL asked for
    qint64 m_maxBytes = 1024 * 1024;
    QSize m_maxPixels = defaultMaximumImagePixels;
    int m_timeoutMs = 15000;
    int m_diskCacheHits = 0;
};

} // namespace Paydesk
