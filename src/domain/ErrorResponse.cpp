#include "domain/ErrorResponse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace Paydesk {

namespace {

constexpr qsizetype kMaxMessageLength = 400;
constexpr int kMaxFieldErrors = 5;

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::ErrorResponse)
};

QString plainDescription(const QString &name, int status) {
    switch (status) {
    case 400:
    case 422:
        return Text::tr("%1 refused the request as invalid (HTTP %2).").arg(name).arg(status);
    case 401:
        return Text::tr("%1 refused the API key (HTTP 401): check the account's key and mode.")
            .arg(name);
    case 403:
        return Text::tr("The API key may not read this checkout (HTTP 403).");
    case 404:
    case 410:
        return Text::tr("Checkout not found");
    case 409:
    case 428:
        return Text::tr("%1 reported a request conflict (HTTP %2).").arg(name).arg(status);
    case 429:
        return Text::tr("%1 is limiting the request rate (HTTP 429); try again shortly.").arg(name);
    default:
        break;
    }
    if (status >= 500 && status <= 599)
        return Text::tr("%1 had a server error (HTTP %2); try again later.").arg(name).arg(status);
    return Text::tr("%1 answered with an unexpected HTTP status %2.").arg(name).arg(status);
}

// Provider text is shown to people: one line, bounded, and never an API key even if a server
// echoes one back.
QString cleaned(QString text) {
    static const QRegularExpression keys(
        QStringLiteral("\\b(?:(?:sk|pk)_(?:test|live)_|(?:test|live)_(?:sk|pk)_|sk_)"
                       "[A-Za-z0-9_]+"));
    static const QRegularExpression controls(QStringLiteral("[\\x{0000}-\\x{001F}\\x{007F}]+"));
    text.replace(keys, QStringLiteral("[redacted]"));
    text.replace(controls, QStringLiteral(" "));
    text = text.simplified();
    if (text.size() > kMaxMessageLength)
        text = text.left(kMaxMessageLength - 1) + QChar(0x2026);
    return text;
}

// "field: message" for the first few Laravel-style field errors.
QString fieldErrors(const QJsonObject &errors) {
    QStringList parts;
    for (auto it = errors.begin(); it != errors.end() && parts.size() < kMaxFieldErrors; ++it) {
        QStringList messages;
        if (it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            for (const QJsonValue &message : array) {
                if (message.isString())
                    messages.append(message.toString());
            }
        } else if (it.value().isString()) {
            messages.append(it.value().toString());
        }
        if (!messages.isEmpty())
            parts.append(it.key() + QStringLiteral(": ") + messages.join(u' '));
    }
    return parts.join(QStringLiteral("; "));
}

QString providerMessage(const QByteArray &body) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonObject root = document.object();
    QString message = root.value(QLatin1String("message")).toString().trimmed();
    if (message.isEmpty())
        message = root.value(QLatin1String("error")).toString().trimmed();
    const QString fields = fieldErrors(root.value(QLatin1String("errors")).toObject());
    if (!fields.isEmpty())
        message = message.isEmpty() ? fields : message + QStringLiteral(" (") + fields + u')';
    return cleaned(message);
}

} // namespace

int retryAfterSeconds(const QByteArray &header, const QDateTime &now) {
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return -1;
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Delay-seconds of any length: too many digits for a number is a very long delay.
        bool ok = false;
        const qlonglong seconds = text.toLongLong(&ok);
        return ok ? int(std::min<qlonglong>(seconds, std::numeric_limits<int>::max()))
                  : std::numeric_limits<int>::max();
    }
    if (text.size() > 64)
        return -1;
    const QString date = QString::fromLatin1(text);
    QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid()) {
        // IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"
        when = QLocale::c().toDateTime(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        when.setTimeZone(QTimeZone::utc());
    }
    if (!when.isValid() || !now.isValid())
        return -1;
    const qint64 delta = now.secsTo(when);
    return int(std::clamp<qint64>(delta, 0, std::numeric_limits<int>::max()));
}

ErrorKind errorKindForHttpStatus(int status) {
    switch (status) {
    case 401:
        return ErrorKind::Unauthorized;
    case 403:
        return ErrorKind::Forbidden;
    case 404:
    case 410:
        return ErrorKind::NotFound;
    case 429:
        return ErrorKind::RateLimited;
    default:
        return status >= 500 && status <= 599 ? ErrorKind::ServerError : ErrorKind::BadResponse;
    }
}

LookupError errorFromResponse(const QString &providerName, int httpStatus, const QByteArray &body,
                              const QString &requestId, const QByteArray &retryAfter) {
    LookupError error;
    error.kind = errorKindForHttpStatus(httpStatus);
    error.httpStatus = httpStatus;
    error.requestId = cleaned(requestId).left(128);
    error.message = providerMessage(body);
    if (error.message.isEmpty())
        error.message = plainDescription(providerName, httpStatus);
    error.retryAfterSeconds = retryAfterSeconds(retryAfter, QDateTime::currentDateTimeUtc());
    return error;
}

} // namespace Paydesk
