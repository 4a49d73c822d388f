#pragma once

#include <QSet>
#include <QString>

class QNetworkAccessManager;
class QUrl;

namespace Paydesk {

// Opens the connection to an account's API origin (TCP, and TLS for https) while its key is
// still being read from the keychain, so that the first request finds it ready: a Secret
// Service read takes about as long as a handshake, and this way they overlap. Nothing is sent
// on the connection until the request itself; it goes only where a key may be sent
// (requestUrlProblem) and at most once per origin for the warmer's lifetime.
class ConnectionWarmer {
public:
    explicit ConnectionWarmer(QNetworkAccessManager *nam);

    // Starts opening a connection to `baseUrl`'s origin; false when it is not one a key may
    // be sent to, or was warmed before.
    bool warm(const QUrl &baseUrl);

private:
    QNetworkAccessManager *m_nam;
    QSet<QString> m_warmed; // origins, as originOf gives them
};

} // namespace Paydesk
