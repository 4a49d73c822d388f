#pragma once

#include <QString>
#include <QStringList>

namespace Paydesk {

// The ids `paydesk lookup` reads from standard input: a list as pasted or piped, at most this
// many bytes (some 35,000 ids), so an endless pipe cannot exhaust memory.
inline constexpr qsizetype maxStandardInputIdBytes = 1024 * 1024;

// Whether the ids come (also) from standard input: "-" is among the arguments, or no id was
// given while standard input is a pipe or a file. A terminal with no id given is not read: the
// command would seem to hang.
bool readsStandardInput(const QStringList &arguments, bool standardInputIsTerminal);

// The arguments with the first "-" replaced by the entries of `standardInput` (split as a
// paste is: white space, commas, semicolons, a spreadsheet's tabs and line ends; a leading
// byte order mark ignored) and any later "-" dropped; the entries alone when no id was given.
QStringList withStandardInputIds(const QStringList &arguments, const QString &standardInput);

} // namespace Paydesk
