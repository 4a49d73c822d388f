#pragma once

#include "storage/HistoryEntry.h"

#include <QByteArray>
#include <QList>

namespace Paydesk {

class RecentLookupsView;

// Which rows of the recent lookups go to a CSV file.
enum class ExportScope {
    Selected, // the rows selected in the list
    Shown,    // the rows the filter box lets through, in the whole history
    All,      // every row, in the whole history
};

// The rows `scope` names, as the history keeps them, in the list's order (newest first for the
// history). With a history, Shown and All read it whole, not only the rows loaded so far. A
// lookup still in progress with nothing found yet has no row to export.
QList<HistoryEntry> rowsToExport(const RecentLookupsView &view, ExportScope scope);

// The file: a UTF-8 byte order mark (spreadsheets need it to read the file as UTF-8), then
// the lookup CSV (storage/LookupCsv.h).
QByteArray exportFileContents(const QList<HistoryEntry> &rows);

} // namespace Paydesk
