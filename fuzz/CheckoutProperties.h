#pragma once

#include "domain/Checkout.h"

namespace Paydesk::Fuzz {

// What holds for any checkout a parser accepted, whatever the body: it has an id, no amount is
// negative, `lookup --json` writes it as JSON that reads back, and the history's record of it
// reads back as the same record.
void checkParsedCheckout(const Checkout &checkout);

} // namespace Paydesk::Fuzz
