#pragma once

#include "domain/LookupError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Paydesk {

// The kind of a non-2xx HTTP status: 401 Unauthorized, 403 Forbidden, 404/410 NotFound, 429
// RateLimited, 5xx ServerError, anything else BadResponse.
ErrorKind errorKindForHttpStatus(int status);

// Turns a non-2xx answer into a LookupError: the kind from the status (401 Unauthorized, 403
// Forbidden, 404 NotFound, 400/409/422/428 BadResponse with the field errors in the message,
// 429 RateLimited, 5xx ServerError), the provider's `message` (and `errors`) when the body has
// them, else a plain description of the status. `retryAfter` is the raw Retry-After header.
LookupError errorFromResponse(const QString &providerName, int httpStatus, const QByteArray &body,
                              const QString &requestId, const QByteArray &retryAfter);

// A Retry-After header as seconds from `now`: delay-seconds or an HTTP-date (past dates give 0),
// clamped to INT_MAX however many digits it has; -1 when absent or unreadable. The one parser of
// Retry-After, for the message and for the retry's wait alike.
int retryAfterSeconds(const QByteArray &header, const QDateTime &now);

} // namespace Paydesk
