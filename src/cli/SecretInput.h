#pragma once

#include <QString>

#include <optional>

namespace Paydesk {

// Reads a secret key from standard input. On a terminal, prompts on standard error and turns
// echo off while the line is typed; otherwise reads everything. One trailing newline is
// stripped. Returns nullopt, with `error` set, for an empty key or one spread over lines.
std::optional<QString> readSecretFromStandardInput(const QString &prompt, QString *error);

} // namespace Paydesk
