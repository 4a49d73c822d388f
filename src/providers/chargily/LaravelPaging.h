#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace Paydesk {

// One page of `all` in Laravel's paging shape, as Chargily lists answer:
// {livemode, current_page, data, first_page_url, last_page, last_page_url, next_page_url, path,
// per_page, prev_page_url, total}. `query` may carry page (from 1) and per_page (1..50);
// `path` is the list's own URL, which the page URLs are built on.
QJsonObject laravelPage(const QJsonArray &all, const QUrlQuery &query, const QUrl &path,
                        int defaultPerPage);

constexpr int kMaxPerPage = 50;

} // namespace Paydesk
