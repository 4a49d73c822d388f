#pragma once

#include <QString>

#include <optional>

namespace Paydesk {

// A payment provider's stable lower-case key, as on the command line, in settings,
// in the history and in JSON. What a key stands for (its name, id format, endpoints, parser)
// is asked of src/providers' ProviderRegistry; the domain knows no provider.
using ProviderKey = QString;

enum class Mode { Test, Live };

QString modeKey(Mode mode); // "test", "live"
std::optional<Mode> modeFromKey(const QString &key);

} // namespace Paydesk
