#include "providers/BuiltInProviders.h"

#include "providers/chargily/ChargilyProvider.h"
#include "providers/orqex/OrqexProvider.h"

namespace Paydesk {

std::vector<std::unique_ptr<PaymentProvider>> builtInProviders() {
    std::vector<std::unique_ptr<PaymentProvider>> providers;
    providers.push_back(std::make_unique<OrqexProvider>());
    providers.push_back(std::make_unique<ChargilyProvider>());
    return providers;
}

} // namespace Paydesk
