#include "network/HttpGet.h"

#include "domain/ErrorResponse.h"
#include "network/BoundedReply.h"
#include "network/HostLimiter.h"
#include "network/NetworkErrors.h"
#include "network/NetworkLog.h"
#include "network/RequestFactory.h"
#include "network/RetryPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace Paydesk {

HttpGet::HttpGet(const NetworkContext &context, const QUrl &url, const QString &key,
                 QObject *parent)
    : Job(parent)
    , m_context(context)
    , m_url(url)
    , m_key(key)
    , m_origin(originOf(url)) {
    m_deadline.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCInfo(lcNet) << "Deadline passed for" << m_url.path();
        fail(networkFailure(QNetworkReply::TimeoutError, 0, hostName()));
    });
    connect(&m_backoff, &QTimer::timeout, this, &HttpGet::waitForSlot);
}

QString HttpGet::hostName() const {
    return m_url.host();
}

void HttpGet::start() {
    m_elapsed.start();
    if (const auto problem = requestUrlProblem(m_url)) {
        // Reported later, so that the caller always hears back after start() returned.
        QTimer::singleShot(
            0, this, [this, error = lookupError(ErrorKind::Network, *problem)] { fail(error); });
        return;
    }
    m_deadline.start(m_context.timeouts.deadline);
    waitForSlot();
}

void HttpGet::stopWork() {
    m_deadline.stop();
    m_backoff.stop();
    m_key.clear();
    dismiss(m_reply);
    releaseSlot();
    if (m_context.limiter)
        m_context.limiter->cancel(this);
}

void HttpGet::waitForSlot() {
    m_context.limiter->acquire(m_origin, this, [this] {
        m_holdsSlot = true;
        send();
    });
}

void HttpGet::send() {
    ++m_result.attempts;
    qCDebug(lcNet) << "GET" << m_url.toDisplayString(QUrl::RemoveUserInfo) << "attempt"
                   << m_result.attempts;
    QNetworkReply *reply =
        m_context.nam->get(makeApiRequest(m_url, m_key, m_context.timeouts.inactivity));
    // Qt sends a request again by itself when a connection closes before any answer: that is an
    // attempt too, so that the server never sees more than the policy allows. A redirect Qt
    // follows (announced before its request goes out) is not.
    auto sends = std::make_shared<int>(0);
    connect(reply, &QNetworkReply::redirected, this, [sends] { --*sends; });
    connect(reply, &QNetworkReply::requestSent, this, [this, sends] {
        if (++*sends > 1)
            ++m_result.attempts;
    });
    m_reply = new BoundedReply(reply, maxApiBodyBytes, m_context.timeouts.inactivity, this);
    connect(m_reply, &BoundedReply::finished, this, &HttpGet::onReplyFinished);
}

void HttpGet::onReplyFinished() {
    BoundedReply *bounded = m_reply;
    m_reply = nullptr;
    dismiss(bounded);
    releaseSlot();

    QNetworkReply *reply = bounded->reply();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpStatus = status;
    m_result.requestId = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("X-Request-Id")));
    m_result.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));

    switch (bounded->stop()) {
    case BoundedReply::Stop::TooLarge:
        return fail(bodyTooLargeError(hostName(), maxApiBodyBytes, status));
    case BoundedReply::Stop::Inactive:
        return fail(networkFailure(QNetworkReply::TimeoutError, 0, hostName()));
    case BoundedReply::Stop::None:
        break;
    }

    const QNetworkReply::NetworkError error = reply->error();
    // Qt followed the redirects within the origin; these it would not follow.
    if (error == QNetworkReply::TooManyRedirectsError)
        return fail(tooManyRedirectsError(hostName(), status));
    const bool redirect = status >= 300 && status < 400;
    if (redirect && reply->hasRawHeader(QByteArrayLiteral("Location"))) {
        const QString shown = redirectTarget(*reply).toDisplayString(
            QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        qCWarning(lcNet) << "Refused a redirect from" << hostName() << "to" << shown;
        return fail(redirectRefusedError(hostName(), shown, status));
    }

    // Qt numbers connection and proxy faults below 200: such a fault after the status line (a
    // reset in the middle of the body) is a network failure too, not a bad answer. A redirect
    // without a target is an answer of its status.
    if (status == 0 || (!redirect && error != QNetworkReply::NoError && error < 200)) {
        if (!bounded->tlsComplaints().isEmpty() || error == QNetworkReply::SslHandshakeFailedError)
            return fail(networkFailure(error, 0, hostName(), bounded->tlsComplaints()));
        if (isRetryableConnectionError(error) && retryLater(-1))
            return;
        return fail(networkFailure(error, 0, hostName()));
    }

    m_result.body = bounded->body();
    if (isRetryableStatus(status)) {
        const int retryAfter =
            retryAfterSeconds(m_result.retryAfter, QDateTime::currentDateTimeUtc());
        if (retryLater(retryAfter))
            return;
    }
    finish();
}

bool HttpGet::retryLater(int retryAfterSeconds) {
    const RetryPolicy &policy = m_context.retry;
    if (m_result.attempts >= policy.maxAttempts)
        return false;
    if (retryAfterSeconds > policy.maxDelay.count() / 1000.0)
        return false; // the server asks for more patience than a lookup has
    const auto delay = policy.delayBefore(m_result.attempts + 1, retryAfterSeconds);
    const auto left = m_context.timeouts.deadline - std::chrono::milliseconds(m_elapsed.elapsed());
    if (delay >= left)
        return false;
    qCInfo(lcNet) << "Retrying" << m_url.path() << "in" << delay.count() << "ms, status"
                  << m_result.httpStatus;
    m_result.body.clear();
    m_backoff.start(delay);
    return true;
}

void HttpGet::releaseSlot() {
    if (m_holdsSlot) {
        m_holdsSlot = false;
        m_context.limiter->release(m_origin);
    }
}

void HttpGet::fail(const LookupError &error) {
    LookupError described = error;
    if (described.requestId.isEmpty())
        described.requestId = m_result.requestId;
    m_result.failure = described;
    finish();
}

void HttpGet::finish() {
    if (settle())
        Q_EMIT finished(m_result);
}

} // namespace Paydesk
