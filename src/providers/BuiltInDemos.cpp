#include "providers/DemoApi.h"

#include "providers/chargily/ChargilyDemo.h"
#include "providers/orqex/OrqexDemo.h"

namespace Paydesk {

std::vector<std::unique_ptr<ProviderDemo>> builtInDemos() {
    std::vector<std::unique_ptr<ProviderDemo>> demos;
    demos.push_back(std::make_unique<OrqexDemo>());
    demos.push_back(std::make_unique<ChargilyDemo>());
    return demos;
}

} // namespace Paydesk
