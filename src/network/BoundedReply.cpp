#include "network/BoundedReply.h"

#include "network/NetworkLog.h"

#include <QNetworkReply>
#include <QSslError>

#include <algorithm>

namespace Paydesk {

BoundedReply::BoundedReply(QNetworkReply *reply, qint64 cap, std::chrono::milliseconds inactivity,
                           QObject *parent)
    : Job(parent)
    , m_reply(reply)
    , m_cap(cap) {
    // Keep Qt's own buffer small: it refills only as fast as the body is read here.
    reply->setReadBufferSize(64 * 1024);
    m_inactivity.setSingleShot(true);
    m_inactivity.setInterval(inactivity);
    connect(&m_inactivity, &QTimer::timeout, this, [this] { stopWith(Stop::Inactive); });
    connect(reply, &QNetworkReply::readyRead, this, &BoundedReply::readAvailable);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        touch();
        if (received > m_cap)
            stopWith(Stop::TooLarge);
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this] { touch(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        touch();
        // A declared length over the cap is refused at once; a smaller one is not trusted.
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_cap)
            stopWith(Stop::TooLarge);
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsComplaints << error.errorString();
        qCWarning(lcNet) << "TLS errors from" << m_reply->url().host() << m_tlsComplaints;
    });
    connect(reply, &QNetworkReply::finished, this, &BoundedReply::onFinished);
    m_inactivity.start();
}

void BoundedReply::stopWork() {
    m_inactivity.stop();
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    if (m_reply->isRunning())
        m_reply->abort();
    m_reply->deleteLater();
}

void BoundedReply::touch() {
    if (!isSettled())
        m_inactivity.start();
}

void BoundedReply::readAvailable() {
    if (isSettled() || !m_reply)
        return;
    touch();
    while (m_reply->bytesAvailable() > 0) {
        // Only what has arrived: QIODevice::read(n) allocates n bytes and the array keeps them
        // however few came, and a body outlives its reply (a checkout keeps it as rawJson).
        const qint64 room = m_cap + 1 - m_body.size();
        const qint64 wanted = std::min({room, m_reply->bytesAvailable(), qint64(64 * 1024)});
        m_body += m_reply->read(std::max<qint64>(1, wanted));
        if (m_body.size() > m_cap) {
            stopWith(Stop::TooLarge);
            return;
        }
    }
}

void BoundedReply::stopWith(Stop why) {
    if (isSettled() || !m_reply)
        return;
    if (m_stop == Stop::None)
        m_stop = why;
    if (m_reply->isRunning())
        m_reply->abort(); // emits finished, handled by onFinished
    else
        onFinished();
}

void BoundedReply::onFinished() {
    if (m_stop == Stop::None)
        readAvailable(); // may stop with TooLarge, and so finish
    // The room appending chunks made for more is not kept with the body.
    m_body.squeeze();
    if (settle())
        Q_EMIT finished();
}

} // namespace Paydesk
