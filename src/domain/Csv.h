#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Paydesk {

// Tables for spreadsheets and scripts: RFC 4180 CSV and tab-separated text, UTF-8.
//
// Every cell is made safe to open in a spreadsheet first: text that starts with `=`, `+`,
// `-`, `@`, a tab or a carriage return would be read as a formula (CSV injection), so it gets
// a leading single quote, as OWASP advises. A plain number such as "-12.50" is left as it is:
// it cannot be a formula, and amounts must stay raw decimals.

// `cell`, or `cell` with a leading ' when a spreadsheet would take it for a formula.
QString spreadsheetSafeCell(const QString &cell);

// One CSV record ending in CRLF: each cell spreadsheet-safe, then quoted when it holds a comma,
// a double quote, CR or LF (inner quotes doubled).
QByteArray csvRecord(const QStringList &cells);

// One tab-separated line ending in LF, for the clipboard: each cell spreadsheet-safe, with its
// tabs and line breaks turned into spaces (tab-separated text has no quoting that every
// spreadsheet reads alike).
QString tabSeparatedLine(const QStringList &cells);

} // namespace Paydesk
