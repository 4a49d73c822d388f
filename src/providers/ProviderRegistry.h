#pragma once

#include "providers/PaymentProvider.h"

#include <QList>

#include <memory>

namespace Paydesk {

// The payment providers Paydesk knows, in the order they are offered. The built-in ones are
// there from the first call; a test may add its own before using them.
class ProviderRegistry {
public:
    // Adds `provider`; false (and nothing added) when one with the same key is there already.
    static bool add(std::unique_ptr<PaymentProvider> provider);

    // The provider with `key` (compared trimmed and case-insensitively), or nullptr.
    static const PaymentProvider *find(const ProviderKey &key);
    static QList<const PaymentProvider *> all();
    static QStringList keys();

    // The provider's display name, or the key itself when no provider has it.
    static QString displayName(const ProviderKey &key);
};

} // namespace Paydesk
