#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

namespace Paydesk {

// Rewrites the placeholders of stored demo bodies (see DemoServer.h):
//   {{base}}            -> `base`, e.g. http://127.0.0.1:P
//   "{{iso:now-25m}}"   -> "2026-11-21T18:05:00+00:00"   (ISO 8601 strings)
//   "{{unix:now+25m}}"  -> 1763749500                    (Unix seconds, a number)
// Offsets are in s, m, h or d from `now`; a time placeholder is only replaced with its quotes.
QByteArray resolveDemoPlaceholders(const QByteArray &body, const QUrl &base, const QDateTime &now);

} // namespace Paydesk
