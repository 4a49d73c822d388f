#pragma once

#include "domain/Checkout.h"
#include "domain/LookupError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Paydesk {

// interface.md's `lookup --json` elements, field for field.
QJsonObject checkoutToJson(const Checkout &checkout);
QJsonObject lookupErrorToJson(const QString &id, const LookupError &error);
QJsonObject moneyToJson(const Money &money); // {"value": "2500.00", "currency": "DZD"}

// JSON text with interface.md's key order (QJsonObject itself sorts keys): for a found or
// failed element, or the whole {"results": [...]} document. Keys it does not know come after,
// sorted; metadata is written as sent.
QByteArray toOrderedJson(const QJsonObject &object,
                         QJsonDocument::JsonFormat format = QJsonDocument::Indented);

} // namespace Paydesk
