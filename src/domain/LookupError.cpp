#include "domain/LookupError.h"

#include <array>

namespace Paydesk {

namespace {

struct KindKey {
    ErrorKind kind;
    const char *key;
};

constexpr std::array<KindKey, 12> kKindKeys{{
    {ErrorKind::InvalidId, "invalid_id"},
    {ErrorKind::NotFound, "not_found"},
    {ErrorKind::Unauthorized, "unauthorized"},
    {ErrorKind::Forbidden, "forbidden"},
    {ErrorKind::RateLimited, "rate_limited"},
    {ErrorKind::ServerError, "server_error"},
    {ErrorKind::Network, "network"},
    {ErrorKind::Timeout, "timeout"},
    {ErrorKind::Tls, "tls"},
    {ErrorKind::BadResponse, "bad_response"},
    {ErrorKind::Keychain, "keychain"},
    {ErrorKind::NoAccount, "no_account"},
}};

} // namespace

QString errorKindKey(ErrorKind kind) {
    for (const KindKey &entry : kKindKeys) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.key);
    }
    return QStringLiteral("bad_response");
}

std::optional<ErrorKind> errorKindFromKey(const QString &key) {
    for (const KindKey &entry : kKindKeys) {
        if (key == QLatin1String(entry.key))
            return entry.kind;
    }
    return std::nullopt;
}

bool LookupError::operator==(const LookupError &other) const {
    return kind == other.kind && message == other.message && httpStatus == other.httpStatus
           && requestId == other.requestId && accountsTried == other.accountsTried
           && retryAfterSeconds == other.retryAfterSeconds;
}

} // namespace Paydesk
