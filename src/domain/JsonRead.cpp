#include "domain/JsonRead.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QVariant>

#include <cmath>

namespace Paydesk::JsonRead {

namespace {

// Year 1970 to 9999: anything else is not a real checkout time.
constexpr qint64 kMaxUnixSeconds = 253402300799;

bool isPlainDecimal(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^-?[0-9]{1,30}(\\.[0-9]{1,30})?$"));
    return pattern.match(text).hasMatch();
}

// The digits at [from, from + count) as a number, or -1 when any of them is not a digit.
int digitsAt(QStringView text, qsizetype from, qsizetype count) {
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The one form providers send ("2026-11-21T17:30:00+00:00", "Z" or no zone, optionally with
// ".mmm"), read directly: QDateTime::fromString costs about ten times as much, and a checkout
// has a dozen times. Anything else (other fraction lengths, "24:00", compact offsets, a date
// that does not exist) is left to QDateTime::fromString, so both always agree
// (tests/domain/tst_JsonRead.cpp compares them).
std::optional<QDateTime> commonIsoTime(QStringView text) {
    const qsizetype size = text.size();
    if (size < 19 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':'
        || text[16] != u':')
        return std::nullopt;
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (year < 1 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || second < 0)
        return std::nullopt;
    qsizetype at = 19;
    int millisecond = 0;
    if (at < size && text[at] == u'.') {
        if (size < at + 4 || (size > at + 4 && text[at + 4].isDigit()))
            return std::nullopt;
        millisecond = digitsAt(text, at + 1, 3);
        if (millisecond < 0)
            return std::nullopt;
        at += 4;
    }
    int offsetSeconds = 0;
    if (at == size - 1 && text[at] == u'Z') {
        at = size;
    } else if (at == size - 6 && (text[at] == u'+' || text[at] == u'-') && text[at + 3] == u':') {
        const int offsetHours = digitsAt(text, at + 1, 2);
        const int offsetMinutes = digitsAt(text, at + 4, 2);
        if (offsetHours < 0 || offsetHours > 14 || offsetMinutes < 0 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (text[at] == u'-' ? -1 : 1);
        at = size;
    }
    if (at != size)
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millisecond);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

} // namespace

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *problem) {
    if (body.trimmed().isEmpty()) {
        *problem = QCoreApplication::translate("Paydesk::JsonRead", "the body is empty");
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem =
            QCoreApplication::translate("Paydesk::JsonRead", "it is not valid JSON (%1 at byte %2)")
                .arg(error.errorString())
                .arg(error.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problem = QCoreApplication::translate("Paydesk::JsonRead", "it is not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

LookupError badResponse(const QString &message) {
    LookupError error;
    error.kind = ErrorKind::BadResponse;
    error.message = message;
    return error;
}

QJsonObject object(const QJsonObject &parent, QLatin1String key) {
    return parent.value(key).toObject();
}

QString string(const QJsonObject &parent, QLatin1String key) {
    const QJsonValue value = parent.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong)
            return QString::number(variant.toLongLong());
    }
    return {};
}

std::optional<bool> boolean(const QJsonValue &value) {
    if (value.isBool())
        return value.toBool();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == 0.0)
            return false;
        if (d == 1.0)
            return true;
        return std::nullopt;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
    }
    return std::nullopt;
}

QUrl webUrl(const QJsonObject &parent, QLatin1String key) {
    const QJsonValue value = parent.value(key);
    if (!value.isString())
        return {};
    const QUrl url(value.toString().trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return {};
    return url;
}

QDateTime isoTime(const QJsonValue &value) {
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    if (text.size() < 10 || text.size() > 40)
        return {};
    if (std::optional<QDateTime> common = commonIsoTime(text))
        return *common;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return time.toUTC();
}

QDateTime unixTime(const QJsonValue &value) {
    qint64 seconds = 0;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d < 0 || d > double(kMaxUnixSeconds) || d != std::floor(d))
            return {};
        seconds = qint64(d);
    } else if (value.isString()) {
        bool ok = false;
        seconds = value.toString().trimmed().toLongLong(&ok);
        if (!ok)
            return {};
    } else {
        return {};
    }
    if (seconds < 0 || seconds > kMaxUnixSeconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QJsonValue metadata(const QJsonValue &value) {
    if (value.isObject() || value.isArray())
        return value;
    return QJsonValue(QJsonValue::Null);
}

QString decimalText(const QJsonValue &value) {
    QString text;
    if (value.isString()) {
        text = value.toString().trimmed();
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::fabs(d) >= 1e30)
            return {};
        text = QString::number(d, 'f', QLocale::FloatingPointShortest);
    } else {
        return {};
    }
    if (!isPlainDecimal(text))
        return {};
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

std::optional<int> integer(const QJsonValue &value) {
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || d < -2147483648.0 || d > 2147483647.0)
            return std::nullopt;
        return int(d);
    }
    if (value.isString()) {
        bool ok = false;
        const int parsed = value.toString().trimmed().toInt(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

} // namespace Paydesk::JsonRead
