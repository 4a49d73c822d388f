#include "network/RequestFactory.h"

#include "domain/Account.h"

#include <QCoreApplication>

namespace Paydesk {

namespace {

int defaultPort(const QString &scheme) {
    return scheme == QStringLiteral("https") ? 443 : 80;
}

} // namespace

std::optional<QString> requestUrlProblem(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("Paydesk::RequestFactory", "The address %1 has no host.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("Paydesk::RequestFactory",
                                           "The address must not contain a user name or password.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QStringLiteral("https"))
        return std::nullopt;
    if (scheme == QStringLiteral("http") && isLoopbackHost(url.host()))
        return std::nullopt;
    return QCoreApplication::translate("Paydesk::RequestFactory",
                                       "Refusing to send a key to %1: only https:// addresses "
                                       "are allowed (http:// only on this computer).")
        .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
}

QString originOf(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    return scheme + QStringLiteral("://") + url.host().toLower() + u':'
           + QString::number(url.port(defaultPort(scheme)));
}

bool isSameOrigin(const QUrl &a, const QUrl &b) {
    return originOf(a) == originOf(b);
}

QUrl redirectTarget(const QNetworkReply &reply) {
    return reply.url().resolved(QUrl::fromEncoded(reply.rawHeader(QByteArrayLiteral("Location"))));
}

QByteArray userAgent() {
    return QByteArrayLiteral("Paydesk/" PAYDESK_VERSION);
}

QNetworkRequest makeRequest(const QUrl &url, const QByteArray &accept,
                            std::chrono::milliseconds inactivity) {
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), accept);
    // Qt would otherwise advertise gzip and deflate and inflate whatever came, a small bomb
    // included, before any cap could see it.
    request.setRawHeader(QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    // Qt forwards every header, Authorization included, to wherever a redirect points: only
    // redirects within the origin are followed. Qt ends the others with InsecureRedirectError
    // before anything is sent there.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    request.setTransferTimeout(int(inactivity.count()));
    return request;
}

QNetworkRequest makeApiRequest(const QUrl &url, const QString &key,
                               std::chrono::milliseconds inactivity) {
    QNetworkRequest request = makeRequest(url, QByteArrayLiteral("application/json"), inactivity);
    request.setRawHeader(QByteArrayLiteral("Authorization"),
                         QByteArrayLiteral("Bearer ") + key.toUtf8());
    return request;
}

} // namespace Paydesk
