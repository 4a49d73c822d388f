#include "gui/common/RelativeTime.h"

#include <QCoreApplication>

namespace Paydesk {

namespace {

const char *const context = "RelativeTime";

QString span(qint64 seconds) {
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days >= 1)
        return QCoreApplication::translate(context, "%n day(s)", nullptr, int(days));
    if (hours >= 1)
        return QCoreApplication::translate(context, "%n hour(s)", nullptr, int(hours));
    return QCoreApplication::translate(context, "%n minute(s)", nullptr, int(minutes));
}

} // namespace

QString relativeTimeText(const QDateTime &when, const QDateTime &now) {
    if (!when.isValid() || !now.isValid())
        return {};
    const qint64 seconds = now.secsTo(when);
    if (seconds > -60 && seconds < 60)
        return QCoreApplication::translate(context, "just now");
    if (seconds < 0)
        return QCoreApplication::translate(context, "%1 ago").arg(span(-seconds));
    return QCoreApplication::translate(context, "in %1").arg(span(seconds));
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
