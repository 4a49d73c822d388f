#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QString>
#include <QUrl>

namespace Paydesk::Test {

// What a GET came back with.
struct HttpAnswer {
    bool finished = false; // false when no answer came in time
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray requestId;
    QByteArray retryAfter;
};

// GETs `url` and waits for the answer. `authorization` is sent as is when not empty.
inline HttpAnswer httpGet(QNetworkAccessManager &nam, const QUrl &url,
                          const QByteArray &authorization = {}) {
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    HttpAnswer answer;
    answer.finished = reply->isFinished() || done.wait(10000);
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
    answer.requestId = reply->rawHeader(QByteArrayLiteral("X-Request-Id"));
    answer.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    reply->deleteLater();
    return answer;
}

inline QByteArray bearer(const QString &key) {
    return QByteArrayLiteral("Bearer ") + key.toUtf8();
}

} // namespace Paydesk::Test
