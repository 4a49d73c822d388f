#pragma once

#include "storage/HistoryEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Paydesk {

// Lookups as a table, one row each, for `paydesk lookup --csv`, the dashboard's CSV export and
// its tab-separated copy: the same columns everywhere (interface.md lists them). Values are
// the raw ones, never formatted for a locale: amounts are decimal strings in major units with
// the currency's code in its own column, times are UTC ISO 8601, statuses and error kinds are
// interface.md's words.

// The header: "id", "provider", "account", ...
QStringList lookupCsvHeader();

// One lookup's cells, in the header's order. A row whose last lookup failed after an earlier
// one found the checkout has both the checkout's cells and the error's.
QStringList lookupCsvCells(const HistoryEntry &entry);

// The header and one record per entry, RFC 4180 (CRLF, quoted where needed), UTF-8, no byte
// order mark, every cell spreadsheet-safe.
QByteArray lookupsCsv(const QList<HistoryEntry> &entries);

// The same table as tab-separated text (header first), for pasting into a spreadsheet.
QString lookupsTabSeparated(const QList<HistoryEntry> &entries);

} // namespace Paydesk
