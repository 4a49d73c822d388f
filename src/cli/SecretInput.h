#pragma once

#include "domain/SecretBytes.h"

#include <QString>

#include <optional>

namespace Paydesk {

// The most standard input may hold when a secret key is read from it: room for the longest
// key and a line ending. Past it, reading stops with an error; nothing more is read.
inline constexpr qsizetype secretInputLimit = 1024;

// Reads a secret key from standard input into one wiped-after-use buffer. On a terminal,
// prompts on standard error and turns echo off while the line is typed; otherwise reads to
// the end. One trailing newline is stripped. Returns nullopt, with `error` set, for input
// past secretInputLimit, an empty key, one spread over lines, or one that secretKeyProblem
// refuses.
std::optional<SecretBytes> readSecretFromStandardInput(const QString &prompt, QString *error);

} // namespace Paydesk
