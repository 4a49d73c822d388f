#pragma once

#include "domain/LookupError.h"

#include <QNetworkReply>
#include <QString>
#include <QStringList>

namespace Paydesk {

// An error of `kind` with its message for people.
LookupError lookupError(ErrorKind kind, const QString &message, int httpStatus = 0);

// The one mapping from a failed transfer to an error kind and a translated message. A status
// of 400 or more decides the kind (the provider's own message comes from errorFromResponse);
// otherwise the network error does, with its own text for a timeout (TimeoutError,
// OperationCanceledError not asked for) and the certificate's complaints for TLS errors.
// `host` names the server in the message.
LookupError networkFailure(QNetworkReply::NetworkError error, int httpStatus, const QString &host,
                           const QStringList &tlsComplaints = {});

// The answer passed the size cap and was cut off.
LookupError bodyTooLargeError(const QString &host, qint64 cap, int httpStatus);

// A redirect Paydesk refuses to follow: to another origin (Authorization never goes there).
LookupError redirectRefusedError(const QString &host, const QString &target, int httpStatus);

// More redirects than maxRedirects, each within the origin.
LookupError tooManyRedirectsError(const QString &host, int httpStatus);

} // namespace Paydesk
