#include "gui/common/RelativeTime.h"

#include <QCoreApplication>

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::RelativeTime)
};

// The translation's plural form; without a translation loaded, English's two forms.
QString count(const char *source, const char *one, const char *many, qint64 n) {
    const QString translated = Text::tr(source, nullptr, int(n));
    QString untranslated = QString::fromLatin1(source);
    untranslated.replace(QStringLiteral("%n"), QString::number(n));
    if (translated != untranslated)
        return translated;
    return QString::fromLatin1(n == 1 ? one : many).arg(n);
}

QString span(qint64 seconds) {
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    // Calendar-free steps: a year of 365 days, a month of 30, enough for "how long ago".
    if (days >= 365)
        return count(QT_TRANSLATE_N_NOOP("Paydesk::RelativeTime", "%n year(s)"), "%1 year",
                     "%1 years", days / 365);
    if (days >= 30)
        return count(QT_TRANSLATE_N_NOOP("Paydesk::RelativeTime", "%n month(s)"), "%1 month",
                     "%1 months", days / 30);
    if (days >= 1)
        return count(QT_TRANSLATE_N_NOOP("Paydesk::RelativeTime", "%n day(s)"), "%1 day", "%1 days",
                     days);
    if (hours >= 1)
        return count(QT_TRANSLATE_N_NOOP("Paydesk::RelativeTime", "%n hour(s)"), "%1 hour",
                     "%1 hours", hours);
    return count(QT_TRANSLATE_N_NOOP("Paydesk::RelativeTime", "%n minute(s)"), "%1 minute",
                 "%1 minutes", minutes);
}

} // namespace

QString relativeTimeText(const QDateTime &when, const QDateTime &now) {
    if (!when.isValid() || !now.isValid())
        return {};
    const qint64 seconds = now.secsTo(when);
    if (seconds > -60 && seconds < 60)
        return Text::tr("just now");
    if (seconds < 0)
        return Text::tr("%1 ago").arg(span(-seconds));
    return Text::tr("in %1").arg(span(seconds));
}

QString secondsText(qint64 seconds) {
    return count(QT_TRANSLATE_N_NOOP("Paydesk::RelativeTime", "%n second(s)"), "%1 second",
                 "%1 seconds", seconds);
}

QString countdownText(const QDateTime &deadline, const QDateTime &now) {
    if (!deadline.isValid() || !now.isValid())
        return {};
    const qint64 left = now.secsTo(deadline);
    if (left <= 0)
        return {};
    const qint64 hours = left / 3600;
    const qint64 minutes = (left / 60) % 60;
    const qint64 seconds = left % 60;
    const QChar zero(u'0');
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, zero)
            .arg(seconds, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, zero);
}

} // namespace Paydesk
