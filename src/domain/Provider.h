#pragma once

#include <QString>

#include <optional>

namespace Paydesk {

enum class Provider { Orqex, Chargily };
enum class Mode { Test, Live };

// Stable lower-case words used on the command line, in settings and in JSON.
QString providerKey(Provider provider);  // "orqex", "chargily"
QString providerName(Provider provider); // "Orqex", "Chargily Pay"
std::optional<Provider> providerFromKey(const QString &key);

QString modeKey(Mode mode); // "test", "live"
std::optional<Mode> modeFromKey(const QString &key);

} // namespace Paydesk
