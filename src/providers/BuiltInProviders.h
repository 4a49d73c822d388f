#pragma once

#include "providers/PaymentProvider.h"

#include <memory>
#include <vector>

namespace Paydesk {

// The providers Paydesk ships with, in the order they are offered: the one place that lists
// them.
std::vector<std::unique_ptr<PaymentProvider>> builtInProviders();

} // namespace Paydesk
