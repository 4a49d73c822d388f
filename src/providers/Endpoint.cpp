#include "providers/Endpoint.h"

namespace Paydesk {

QUrl endpointUrl(const QUrl &base, const QStringList &path, const QUrlQuery &query) {
    QUrl url = base;
    QString encoded = url.path(QUrl::FullyEncoded);
    while (encoded.endsWith(u'/'))
        encoded.chop(1);
    for (const QString &segment : path)
        encoded += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(encoded, QUrl::StrictMode);
    url.setQuery(query);
    url.setFragment(QString());
    return url;
}

} // namespace Paydesk
