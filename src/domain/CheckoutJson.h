#pragma once

#include "domain/Checkout.h"
#include "domain/LookupError.h"

#include <QJsonObject>

namespace Paydesk {

// interface.md's `lookup --json` elements, field for field.
QJsonObject checkoutToJson(const Checkout &checkout);
QJsonObject lookupErrorToJson(const QString &id, const LookupError &error);
QJsonObject moneyToJson(const Money &money); // {"value": "2500.00", "currency": "DZD"}

} // namespace Paydesk
