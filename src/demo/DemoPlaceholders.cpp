#include "demo/DemoPlaceholders.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

qint64 offsetSeconds(const QString &sign, const QString &number, const QString &unit) {
    if (number.isEmpty())
        return 0;
    qint64 seconds = number.toLongLong();
    if (unit == u"m")
        seconds *= 60;
    else if (unit == u"h")
        seconds *= 3600;
    else if (unit == u"d")
        seconds *= 86400;
    return sign == u"-" ? -seconds : seconds;
}

} // namespace

QByteArray resolveDemoPlaceholders(const QByteArray &body, const QUrl &base, const QDateTime &now) {
    static const QRegularExpression timePlaceholder(
        uR"re("\{\{(iso|unix):now(?:([+-])(\d{1,7})([smhd]))?\}\}")re"_s);
    QString text = QString::fromUtf8(body);
    text.replace(u"{{base}}"_s, base.toString());

    QString resolved;
    resolved.reserve(text.size());
    qsizetype last = 0;
    auto matches = timePlaceholder.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        resolved += QStringView(text).mid(last, match.capturedStart() - last);
        const QDateTime at = now.toUTC().addSecs(
            offsetSeconds(match.captured(2), match.captured(3), match.captured(4)));
        if (match.captured(1) == u"unix")
            resolved += QString::number(at.toSecsSinceEpoch());
        else
            resolved += u'"' + at.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+00:00\""_s;
        last = match.capturedEnd();
    }
    resolved += QStringView(text).mid(last);
    return resolved.toUtf8();
}

} // namespace Paydesk
