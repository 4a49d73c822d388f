#include "providers/chargily/LaravelPaging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Paydesk {

QJsonObject laravelPage(const QJsonArray &all, const QUrlQuery &query, const QUrl &path,
                        int defaultPerPage) {
    bool ok = false;
    int perPage = query.queryItemValue(u"per_page"_s).toInt(&ok);
    perPage = ok ? std::clamp(perPage, 1, kMaxPerPage) : defaultPerPage;
    int page = query.queryItemValue(u"page"_s).toInt(&ok);
    page = ok ? std::max(page, 1) : 1;
    const int total = int(all.size());
    const int lastPage = std::max(1, (total + perPage - 1) / perPage);

    QJsonArray data;
    for (qint64 i = qint64(page - 1) * perPage; i < std::min<qint64>(total, qint64(page) * perPage);
         ++i)
        data.append(all.at(i));

    const auto pageUrl = [&path](int number) -> QJsonValue {
        QUrl url = path;
        url.setQuery(u"page="_s + QString::number(number));
        return url.toString();
    };
    return QJsonObject{
        {u"livemode"_s, false},
        {u"current_page"_s, page},
        {u"data"_s, data},
        {u"first_page_url"_s, pageUrl(1)},
        {u"last_page"_s, lastPage},
        {u"last_page_url"_s, pageUrl(lastPage)},
        {u"next_page_url"_s, page < lastPage ? pageUrl(page + 1) : QJsonValue()},
        {u"path"_s, path.toString()},
        {u"per_page"_s, perPage},
        {u"prev_page_url"_s, page > 1 ? pageUrl(std::min(page - 1, lastPage)) : QJsonValue()},
        {u"total"_s, total},
    };
}

} // namespace Paydesk
