#pragma once

#include <QNetworkReply>
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

// Redirects a request follows, all within its origin.
inline constexpr int maxRedirects = 3;

// The one place requests are built, API calls and images alike: Paydesk's User-Agent, `accept`,
// no compression (an answer is never inflated past its cap), no cache, no cookies, no credentials
// added by Qt, Qt's same-origin redirect policy (up to maxRedirects), the inactivity timeout.
QNetworkRequest makeRequest(const QUrl &url, const QByteArray &accept,
                            std::chrono::milliseconds inactivity);

// A request to a provider: makeRequest for JSON with the key as Bearer token. The key only ever
// goes into the Authorization header.
QNetworkRequest makeApiRequest(const QUrl &url, const QString &key,
                               std::chrono::milliseconds inactivity);

// Where a redirect Qt refused to follow pointed (its Location, resolved against the reply's URL).
QUrl redirectTarget(const QNetworkReply &reply);

// The User-Agent sent with every request, "Paydesk/<version>".
QByteArray userAgent();

} // namespace Paydesk
