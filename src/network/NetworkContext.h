#pragma once

#include "network/NetworkSettings.h"

#include <QDateTime>

#include <functional>

class QNetworkAccessManager;

namespace Paydesk {

class HostLimiter;
class KeyProvider;

// What every request of one lookup shares; owned by the LookupService.
struct NetworkContext {
    QNetworkAccessManager *nam = nullptr;
    HostLimiter *limiter = nullptr;
    KeyProvider *keys = nullptr;
    NetworkTimeouts timeouts;
    RetryPolicy retry;
    std::function<QDateTime()> now;
};

} // namespace Paydesk
