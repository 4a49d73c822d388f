#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Paydesk {

// The failure kinds of interface.md, in that order.
enum class ErrorKind {
    InvalidId,
    NotFound,
    Unauthorized,
    Forbidden,
    RateLimited,
    ServerError,
    Network,
    Timeout,
    Tls,
    BadResponse,
    Keychain,
    NoAccount,
};

QString errorKindKey(ErrorKind kind); // "invalid_id", "not_found", ...
std::optional<ErrorKind> errorKindFromKey(const QString &key);

struct LookupError {
    ErrorKind kind = ErrorKind::BadResponse;
    QString message;            // for people; never contains a secret
    int httpStatus = 0;         // 0 when no HTTP status was received
    QString requestId;          // X-Request-Id, empty when none
    QStringList accountsTried;  // account names asked, in order
    int retryAfterSeconds = -1; // from Retry-After on 429/503, -1 when absent

    bool operator==(const LookupError &other) const;
};

} // namespace Paydesk
