#pragma once

#include <QDateTime>
#include <QString>

namespace Paydesk {

// "just now", "5 minutes ago", "in 3 hours", "2 days ago": how far `when` is from `now`.
QString relativeTimeText(const QDateTime &when, const QDateTime &now);

// A countdown to `deadline`: "29:05", "1:02:03", or empty once it has passed.
QString countdownText(const QDateTime &deadline, const QDateTime &now);

// "1 second", "30 seconds" (e.g. a Retry-After).
QString secondsText(qint64 seconds);

} // namespace Paydesk
