#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSize>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkDiskCache;
class QNetworkReply;

namespace Paydesk {

// Loads small remote images (avatars, payment method icons) for display. Only images go
// through its disk cache, never API responses. Bodies are capped (aborted as soon as the cap is
// passed), the content type must be an image type, decoding is bounded (QImageReader allocation
// limit and a pixel-size cap; SVG only below a byte limit), only https is fetched (plain http
// only for loopback), no credentials are ever sent, and redirects are followed only a few
// times, to https and to the same origin. Decoded images are kept in memory; parallel loads of
// one URL share one request. Every load() ends in exactly one imageReady or imageFailed for
// that URL (possibly synchronously for a cached image).
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
    void start(const QUrl &original, const QUrl &current, int redirects);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void fail(const QUrl &url, const QString &reason);
    void succeed(const QUrl &url, const QImage &image);
    QString checkUrl(const QUrl &url) const;
    QImage decode(const QByteArray &body, const QByteArray &contentType, QString *error) const;

    struct Pending {
        QUrl original;
        QByteArray body;
        int redirects = 0;
        bool aborted = false;
        QString abortReason;
    };

    QNetworkAccessManager *m_nam = nullptr;
    QNetworkDiskCache *m_diskCache = nullptr;
    QHash<QUrl, QImage> m_memory;
    QHash<QUrl, QNetworkReply *> m_inFlight; // by original URL
    QHash<QNetworkReply *, Pending> m_pending;
    qint64 m_maxBytes = 1024 * 1024;
    QSize m_maxPixels = QSize(1024, 1024);
    int m_timeoutMs = 15000;
    int m_diskCacheHits = 0;
};

} // namespace Paydesk
