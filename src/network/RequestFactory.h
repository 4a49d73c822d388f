#pragma once

#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Paydesk {

// Why a key may not be sent to `url` (not https and not a loopback host, no host, user info),
// or nullopt when it may.
std::optional<QString> requestUrlProblem(const QUrl &url);

// "scheme://host:port" with the scheme's default port filled in: what "same origin" compares.
QString originOf(const QUrl &url);
bool isSameOrigin(const QUrl &a, const QUrl &b);

// The one place requests to a provider are built: Bearer key, JSON, Paydesk's User-Agent, no
// disk cache, no automatic redirects (they are checked by hand), HTTP/1.1 or 2, the inactivity
// timeout. The key only ever goes into the Authorization header.
QNetworkRequest makeApiRequest(const QUrl &url, const QString &key,
                               std::chrono::milliseconds inactivity);

// The User-Agent sent with every request, "Paydesk/<version>".
QByteArray userAgent();

} // namespace Paydesk
