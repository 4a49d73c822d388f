#include "domain/Account.h"

#include <QCoreApplication>
#include <QStringList>

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::Account)
};

bool isDecimalOctet(QStringView part) {
    if (part.isEmpty() || part.size() > 3)
        return false;
    int value = 0;
    for (const QChar c : part) {
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value <= 255;
}

bool isLoopbackIPv4(const QString &host) {
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        if (!isDecimalOctet(part))
            return false;
    }
    return parts.first().toInt() == 127;
}

bool isLoopbackIPv6(QString host) {
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (!host.contains(u':'))
        return false;
    // QUrl normalizes IPv6 literals ("0:0:0:0:0:0:0:1" becomes "::1").
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host, QUrl::StrictMode);
    return url.isValid() && url.host() == QLatin1String("::1");
}

bool isAsciiNameChar(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
           || u == u'-' || u == u'_' || u == u'.';
}

} // namespace

bool Account::operator==(const Account &other) const {
    return name == other.name && provider == other.provider && mode == other.mode
           && baseUrl == other.baseUrl;
}

bool isLoopbackHost(const QString &host) {
    if (host.isEmpty())
        return false;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    return isLoopbackIPv4(host) || isLoopbackIPv6(host);
}

std::optional<QString> baseUrlProblem(const QUrl &url) {
    if (url.isEmpty())
        return Text::tr("The base URL is empty.");
    if (!url.isValid())
        return Text::tr("The base URL is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return Text::tr("The base URL must start with https://.");
    if (url.host().isEmpty())
        return Text::tr("The base URL has no host name.");
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return Text::tr("The base URL must use https://; plain http:// is allowed only for "
                        "127.0.0.1, localhost and [::1].");
    if (!url.userInfo().isEmpty())
        return Text::tr("The base URL must not contain a user name or password.");
    if (url.hasQuery())
        return Text::tr("The base URL must not contain a query (?...).");
    if (url.hasFragment())
        return Text::tr("The base URL must not contain a fragment (#...).");
    return std::nullopt;
}

std::optional<QString> accountNameProblem(const QString &name) {
    if (name.isEmpty())
        return Text::tr("The account name is empty.");
    if (name.size() > 64)
        return Text::tr("The account name is longer than 64 characters.");
    for (const QChar c : name) {
        if (!isAsciiNameChar(c))
            return Text::tr("The account name may contain only letters, digits, '-', '_' and '.'.");
    }
    return std::nullopt;
}

} // namespace Paydesk
