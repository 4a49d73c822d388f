#pragma once

// Type-checked reads from provider JSON, shared by the parsers. A missing or mistyped field
// reads as empty; nothing here throws or asserts on what a server sent.

#include "domain/LookupError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>

#include <optional>

namespace Paydesk::JsonRead {

// The body as a JSON object, or a BadResponse naming `what` ("The response").
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *problem);
LookupError badResponse(const QString &message);

QJsonObject object(const QJsonObject &parent, QLatin1String key);
// A string field; numbers are written as integers when they are whole (ids sent as numbers).
QString string(const QJsonObject &parent, QLatin1String key);
// A boolean sent as true/false, 0/1 or "true"/"false"/"0"/"1"; nullopt for anything else.
std::optional<bool> boolean(const QJsonValue &value);
// http or https URLs only; anything else reads as empty.
QUrl webUrl(const QJsonObject &parent, QLatin1String key);
// ISO 8601 with an offset or Z, as UTC; without an offset taken as UTC. Invalid when absent.
QDateTime isoTime(const QJsonValue &value);
// Unix seconds as an integer or a numeric string, as UTC. Invalid when absent or absurd.
QDateTime unixTime(const QJsonValue &value);
// An object or array as sent; Null for anything else.
QJsonValue metadata(const QJsonValue &value);
// A plain decimal string ("0.00160000" -> "0.0016"), from a string or a number; empty when
// the value is not a plain decimal.
QString decimalText(const QJsonValue &value);
// A whole number that fits an int, from a number or numeric string.
std::optional<int> integer(const QJsonValue &value);

} // namespace Paydesk::JsonRead
