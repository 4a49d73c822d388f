#include "network/NetworkErrors.h"

#include "domain/ErrorResponse.h"
#include "network/RequestFactory.h"

#include <QCoreApplication>

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::NetworkErrors)
};

} // namespace

LookupError lookupError(ErrorKind kind, const QString &message, int httpStatus) {
    LookupError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = httpStatus;
    return error;
}

LookupError networkFailure(QNetworkReply::NetworkError error, int httpStatus, const QString &host,
                           const QStringList &tlsComplaints) {
    if (httpStatus >= 400)
        return lookupError(errorKindForHttpStatus(httpStatus),
                           Text::tr("%1 answered with HTTP status %2.").arg(host).arg(httpStatus),
                           httpStatus);

    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return lookupError(
            ErrorKind::Timeout,
            Text::tr("%1 did not answer in time. Check the connection and try again.").arg(host),
            httpStatus);
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownServerError:
        if (error == QNetworkReply::SslHandshakeFailedError || !tlsComplaints.isEmpty()) {
            const QString why = tlsComplaints.isEmpty() ? Text::tr("the secure connection failed")
                                                        : tlsComplaints.join(QStringLiteral("; "));
            return lookupError(
                ErrorKind::Tls,
                Text::tr("The secure connection to %1 was refused: %2. Nothing was sent.")
                    .arg(host, why),
                httpStatus);
        }
        break;
    case QNetworkReply::ConnectionRefusedError:
        return lookupError(ErrorKind::Network, Text::tr("%1 refused the connection.").arg(host),
                           httpStatus);
    case QNetworkReply::RemoteHostClosedError:
        return lookupError(ErrorKind::Network,
                           Text::tr("%1 closed the connection before answering.").arg(host),
                           httpStatus);
    case QNetworkReply::HostNotFoundError:
        return lookupError(
            ErrorKind::Network,
            Text::tr("The server %1 could not be found. Check the address and the connection.")
                .arg(host),
            httpStatus);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return lookupError(ErrorKind::Network, Text::tr("The network is not available."),
                           httpStatus);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return lookupError(ErrorKind::Network, Text::tr("The proxy could not reach %1.").arg(host),
                           httpStatus);
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return lookupError(ErrorKind::BadResponse,
                           Text::tr("%1 sent an answer that is not valid HTTP.").arg(host),
                           httpStatus);
    default:
        break;
    }
    if (!tlsComplaints.isEmpty())
        return networkFailure(QNetworkReply::SslHandshakeFailedError, httpStatus, host,
                              tlsComplaints);
    return lookupError(
        ErrorKind::Network,
        Text::tr("The request to %1 failed (network error %2).").arg(host).arg(int(error)),
        httpStatus);
}

LookupError bodyTooLargeError(const QString &host, qint64 cap, int httpStatus) {
    return lookupError(ErrorKind::BadResponse,
                       Text::tr("The answer from %1 is larger than %2 MiB; it was cut off.")
                           .arg(host)
                           .arg(cap / (1024 * 1024)),
                       httpStatus);
}

LookupError redirectRefusedError(const QString &host, const QString &target, int httpStatus) {
    return lookupError(
        ErrorKind::BadResponse,
        Text::tr("%1 redirected the request to %2. Paydesk follows redirects only within the "
                 "same server, so the key was not sent there.")
            .arg(host, target),
        httpStatus);
}

LookupError tooManyRedirectsError(const QString &host, int httpStatus) {
    return lookupError(ErrorKind::BadResponse,
                       Text::tr("%1 redirected the request more than %2 times, so Paydesk stopped "
                                "following it.")
                           .arg(host)
                           .arg(maxRedirects),
                       httpStatus);
}

} // namespace Paydesk
