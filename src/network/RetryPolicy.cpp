#include "network/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Paydesk {

using namespace std::chrono;

milliseconds RetryPolicy::delayBefore(int attempt, int retryAfterSeconds) const {
    if (retryAfterSeconds >= 0)
        return milliseconds(qint64(retryAfterSeconds) * 1000);
    const int doublings = std::clamp(attempt - 2, 0, 20);
    const qint64 backoff = std::min<qint64>(baseDelay.count() << doublings, maxDelay.count());
    const qint64 spread = qint64(double(backoff) * std::clamp(jitter, 0.0, 1.0));
    const qint64 offset =
        spread > 0 ? QRandomGenerator::global()->bounded(2 * spread + 1) - spread : 0;
    return milliseconds(std::clamp<qint64>(backoff + offset, 0, maxDelay.count()));
}

bool isRetryableConnectionError(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

bool isRetryableStatus(int httpStatus) {
    return httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599);
}

} // namespace Paydesk
