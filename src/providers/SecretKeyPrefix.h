#pragma once

#include "domain/Provider.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Paydesk {

// A warning when `key` does not start with one of the provider's secret key prefixes for
// `mode` (a key pasted into the wrong account, a live key in a test account), or nullopt.
// The warning never quotes the key.
std::optional<QString> secretKeyPrefixWarning(QStringView key, const ProviderKey &provider,
                                              Mode mode);

} // namespace Paydesk
