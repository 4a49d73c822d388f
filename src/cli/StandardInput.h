#pragma once

#include "domain/SecretBytes.h"

#include <QByteArray>

namespace Paydesk {

enum class InputStatus {
    Ok,
    TooLong,    // more than the limit was offered; reading stopped there
    Unreadable, // read(2) failed
};

enum class InputEnd {
    EndOfFile, // read until standard input ends
    Line,      // stop after the first newline (a line typed on a terminal)
};

// Reads standard input with a bound: never more than the limit plus one byte, however much
// (or however endless) the input is. Data arrives in small chunks; nothing is read ahead.
// Into a secret buffer, whose capacity is the limit:
InputStatus readStandardInput(SecretBytes &into, InputEnd end);
// Into ordinary bytes (lists of ids), at most `limit` bytes:
InputStatus readStandardInput(QByteArray &into, qsizetype limit, InputEnd end);

} // namespace Paydesk
