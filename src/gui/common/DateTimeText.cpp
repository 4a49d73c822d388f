#include "gui/common/DateTimeText.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::DateTimeText)
};

// The locale's long date without the weekday and with the month's short name: "MMM d, yyyy"
// from "dddd, MMMM d, yyyy", "d MMM yyyy" from "dddd d MMMM yyyy". The short format is no
// use: it is numeric and often has a two-digit year ("M/d/yy").
QString datePattern(const QLocale &locale) {
    static const QRegularExpression weekday(u"\\s*dddd[\\s,\u060C]*"_s);
    static const QRegularExpression trailing(u"[\\s,\u060C]+$"_s);
    QString pattern = locale.dateFormat(QLocale::LongFormat);
    pattern.remove(weekday);
    pattern.remove(trailing);
    pattern.replace(u"MMMM"_s, u"MMM"_s);
    if (!pattern.contains(u"yyyy"_s))
        pattern.replace(u"yy"_s, u"yyyy"_s);
    return pattern;
}

} // namespace

QString dateText(const QDate &date, const QLocale &locale) {
    return date.isValid() ? locale.toString(date, datePattern(locale)) : QString();
}

QString dateTimeText(const QDateTime &when, const QLocale &locale) {
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    //: A date and a time of day, e.g. "2 Dec 2026" and "16:42".
    return Text::tr("%1, %2").arg(dateText(local.date(), locale),
                                  locale.toString(local.time(), QLocale::ShortFormat));
}

QString exactDateTimeText(const QDateTime &when, const QLocale &locale) {
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    // The locale's long time has the seconds and the zone; its date part is dateText's.
    return Text::tr("%1, %2").arg(dateText(local.date(), locale),
                                  locale.toString(local, locale.timeFormat(QLocale::LongFormat)));
}

QString exactTimeText(const QDateTime &when) {
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace Paydesk
