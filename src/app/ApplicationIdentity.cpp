#include "app/ApplicationIdentity.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

namespace Paydesk {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("Paydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("paydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    // Behind a corporate proxy: the desktop's proxy settings and https_proxy/http_proxy/
    // no_proxy, through libproxy. Qt never proxies loopback, so the demo and tests go direct;
    // for https the proxy sees only a CONNECT to host:443, never the key or the request.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

} // namespace Paydesk
