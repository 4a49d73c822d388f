#include "network/ProviderEndpoints.h"

#include <QStringList>
#include <QUrlQuery>

namespace Paydesk {

namespace {

QUrl endpoint(const QUrl &base, const QStringList &segments) {
    QUrl url = base;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    for (const QString &segment : segments)
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(path, QUrl::StrictMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

QUrl checkoutEndpoint(const Account &account, const QString &checkoutId) {
    if (account.provider == Provider::Orqex)
        return endpoint(account.baseUrl,
                        {QStringLiteral("payment"), QStringLiteral("checkouts"), checkoutId});
    return endpoint(account.baseUrl, {QStringLiteral("checkouts"), checkoutId});
}

QUrl chargilyCustomerEndpoint(const Account &account, const QString &customerId) {
    return endpoint(account.baseUrl, {QStringLiteral("customers"), customerId});
}

QUrl chargilyItemsEndpoint(const Account &account, const QString &checkoutId, int page) {
    QUrl url = endpoint(account.baseUrl,
                        {QStringLiteral("checkouts"), checkoutId, QStringLiteral("items")});
    if (page > 1) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        url.setQuery(query);
    }
    return url;
}

} // namespace Paydesk
