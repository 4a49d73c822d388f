#pragma once

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace Paydesk {

// `path` appended to `base` (an account's API root), each segment percent-encoded so an id
// can never add a segment, a query or a fragment; `query` replaces any query of `base`.
QUrl endpointUrl(const QUrl &base, const QStringList &path, const QUrlQuery &query = {});

} // namespace Paydesk
