#include "network/ConnectionWarmer.h"

#include "network/RequestFactory.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

namespace Paydesk {

ConnectionWarmer::ConnectionWarmer(QNetworkAccessManager *nam)
    : m_nam(nam) {}

bool ConnectionWarmer::warm(const QUrl &baseUrl) {
    if (requestUrlProblem(baseUrl))
        return false;
    const QString origin = originOf(baseUrl);
    if (m_warmed.contains(origin))
        return false;
    m_warmed.insert(origin);
    if (baseUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        // Requests may use HTTP/2 (Qt's default): a connection opened without offering it
        // would be reused as HTTP/1.1.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setAllowedNextProtocols(
            {QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
        m_nam->connectToHostEncrypted(baseUrl.host(), quint16(baseUrl.port(443)), tls);
    } else {
        m_nam->connectToHost(baseUrl.host(), quint16(baseUrl.port(80)));
    }
    return true;
}

} // namespace Paydesk
