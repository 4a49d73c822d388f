#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Paydesk {

// How the dashboard writes a moment, everywhere (list, pane, tooltips): in local time, the
// locale's order and words, the year in full and the month by name where the locale names
// months, so 2/12 and 12/2 cannot be confused: "Dec 2, 2026, 4:42 PM" (en_US),
// "2 déc. 2026, 16:42" (fr_FR), "2 ديسمبر 2026, 4:42 م" (ar_DZ). Empty for an invalid time.
QString dateTimeText(const QDateTime &when, const QLocale &locale = QLocale());

// The same to the second, with the time zone's name: "Dec 2, 2026, 4:42:05 PM CET", for a
// timeline where moments seconds apart must read apart.
QString exactDateTimeText(const QDateTime &when, const QLocale &locale = QLocale());

// The date part alone, as above: "Dec 2, 2026".
QString dateText(const QDate &date, const QLocale &locale = QLocale());

// The exact instant for a tooltip: ISO 8601 in local time with its offset from UTC,
// "2026-12-02T16:42:05+01:00" ("Z" when local time is UTC).
QString exactTimeText(const QDateTime &when);

} // namespace Paydesk
