#pragma once

#include "domain/Checkout.h"
#include "domain/LookupError.h"

#include <QJsonObject>

#include <optional>

namespace Paydesk {

// Every field of a normalized checkout as JSON, exact (money as integer units, scale and
// currency; times in UTC with milliseconds), so that a checkout read back is the one that was
// shown. This is the history's own format, not interface.md's `lookup --json`. The raw body is
// not part of it: the history keeps that in its own column.
QJsonObject checkoutToRecord(const Checkout &checkout);
std::optional<Checkout> checkoutFromRecord(const QJsonObject &record);

QJsonObject lookupErrorToRecord(const LookupError &error);
std::optional<LookupError> lookupErrorFromRecord(const QJsonObject &record);

} // namespace Paydesk
