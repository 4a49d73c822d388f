#pragma once

#include "domain/Checkout.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>

namespace Paydesk {

// GET /payment/checkouts/{id}, in both shapes of providers.md. `now` decides whether a
// checkout with neither status is expired. Not a JSON object, or no checkout id: BadResponse.
Result<Checkout> parseOrqexCheckout(const QByteArray &body, const QDateTime &now);

// An Orqex amount `value`: the major amount times 100, as an integer, a float or a numeric
// string (5050 is 50.5 XOF); exact, never through a float.
std::optional<Money> orqexMoney(const QJsonValue &value, const QString &currency);

} // namespace Paydesk
