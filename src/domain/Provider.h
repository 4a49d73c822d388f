#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Paydesk {

enum class Provider { Orqex, Chargily };
enum class Mode { Test, Live };

// Stable lower-case words used on the command line, in settings and in JSON.
QString providerKey(Provider provider);  // "orqex", "chargily"
QString providerName(Provider provider); // "Orqex", "Chargily Pay"
std::optional<Provider> providerFromKey(const QString &key);

// The prefixes the provider's secret keys start with in that mode (providers.md): Orqex
// "sk_" in both modes, Chargily "test_sk_" or "live_sk_". A key without one is only warned
// about, never refused: providers change formats, and the provider has the last word.
QStringList secretKeyPrefixes(Provider provider, Mode mode);

QString modeKey(Mode mode); // "test", "live"
std::optional<Mode> modeFromKey(const QString &key);

} // namespace Paydesk
