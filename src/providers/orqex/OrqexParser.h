#pragma once

#include "domain/Checkout.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>

namespace Paydesk {

// GET /payment/checkouts/{id}, in both shapes of providers.md. `now` decides whether a
// checkout with neither status is expired. Not a JSON object, or no checkout id: BadResponse.
Result<Checkout> parseOrqexCheckout(const QByteArray &body, const QDateTime &now);

} // namespace Paydesk
