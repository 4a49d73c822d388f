#pragma once

#include "network/NetworkSettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

namespace Paydesk {

// Connection errors worth another attempt (refused, reset, temporary failures).
bool isRetryableConnectionError(QNetworkReply::NetworkError error);

// 429 and 5xx.
bool isRetryableStatus(int httpStatus);

// Retry-After as delta-seconds or an HTTP date; -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace Paydesk
