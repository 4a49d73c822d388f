#pragma once

#include "network/NetworkSettings.h"

#include <QNetworkReply>

namespace Paydesk {

// Connection errors worth another attempt (refused, reset, temporary failures).
bool isRetryableConnectionError(QNetworkReply::NetworkError error);

// 429 and 5xx.
bool isRetryableStatus(int httpStatus);

} // namespace Paydesk
