#pragma once

#include <QCache>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkDiskCache;

namespace Paydesk {

class BoundedReply;

// Loads small remote images (avatars, payment method icons) for display. Only images go
// through its disk cache, never API responses. Bodies are capped (aborted as soon as the cap is
// passed), the content type must be an image type, decoding is bounded (QImageReader allocation
// limit and a pixel-size cap; SVG only below a byte limit), only https is fetched (plain http
// only for loopback), no credentials are ever sent, and redirects are followed only a few
// times, to https and to the same origin. Decoded images are kept in memory; parallel loads of
// one URL share one request and one answer. Each load() is answered by imageReady or
// imageFailed for its URL, always later from the event loop, never from inside load().
class ImageLoader : public QObject {
    Q_OBJECT
public:
    ImageLoader(QNetworkAccessManager *nam, const QString &cacheDirectory,
                QObject *parent = nullptr);
    ~ImageLoader() override;

    void load(const QUrl &url);

    // Limits; the defaults suit avatars and icons.
    void setMaximumBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maximumBytes() const { return m_maxBytes; }
    void setMaximumPixelSize(const QSize &size) { m_maxPixels = size; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // How many network replies were served from the disk cache (for tests and diagnostics).
    int diskCacheHits() const { return m_diskCacheHits; }
    // Forgets decoded images kept in memory (the disk cache stays).
    void clearMemoryCache();

Q_SIGNALS:
    void imageReady(const QUrl &url, const QImage &image);
    void imageFailed(const QUrl &url, const QString &reason);

private:
    struct Pending {
        QUrl original;
        int redirects = 0;
    };
    struct Failure {
        QString reason;
        QDateTime at;
    };

    bool loadFromDisk(const QUrl &url);
    void start(const QUrl &original, const QUrl &current, int redirects);
    void onFinished(BoundedReply *bounded);
    void fail(const QUrl &url, const QString &reason);
    void succeed(const QUrl &url, const QImage &image);
    QString checkUrl(const QUrl &url) const;
    QImage decode(const QByteArray &body, const QByteArray &contentType, QString *error) const;

    QNetworkAccessManager *m_nam = nullptr;
    QNetworkDiskCache *m_diskCache = nullptr;
    QCache<QUrl, QImage> m_memory; // cost in KiB
    QHash<QUrl, Failure> m_failed; // remembered for a few minutes
    QSet<QUrl> m_inFlight;         // by original URL
    QHash<BoundedReply *, Pending> m_pending;
    qint64 m_maxBytes = 1024 * 1024;
    QSize m_maxPixels = QSize(1024, 1024);
    int m_timeoutMs = 15000;
    int m_diskCacheHits = 0;
};

} // namespace Paydesk
