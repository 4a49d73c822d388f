#include "gui/lookups/RecentLookupsProxy.h"

#include "domain/Money.h"
#include "gui/lookups/RecentLookupsModel.h"

#include <QDateTime>

namespace Paydesk {

namespace {

using Column = RecentLookupsModel::Column;

// Rows without a value sort before every row with one.
bool moneyLess(const QVariant &left, const QVariant &right) {
    const bool hasLeft = left.metaType() == QMetaType::fromType<Money>();
    const bool hasRight = right.metaType() == QMetaType::fromType<Money>();
    if (!hasLeft || !hasRight)
        return !hasLeft && hasRight;
    return left.value<Money>().compare(right.value<Money>()) < 0;
}

} // namespace

RecentLookupsProxy::RecentLookupsProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(RecentLookupsModel::RawValueRole);
    setDynamicSortFilter(true);
}

void RecentLookupsProxy::setFilterText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    // A history-backed model reads the matching rows from the whole history first.
    if (auto *lookups = qobject_cast<RecentLookupsModel *>(sourceModel()))
        lookups->setSearchText(trimmed);
    invalidateFilter();
}

bool RecentLookupsProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_filterText.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(RecentLookupsModel::FilterTextRole)
        .toString()
        .contains(m_filterText.toLower());
}

bool RecentLookupsProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const QVariant a = left.data(RecentLookupsModel::RawValueRole);
    const QVariant b = right.data(RecentLookupsModel::RawValueRole);
    switch (static_cast<Column>(left.column())) {
    case Column::Amount:
        return moneyLess(a, b);
    case Column::Created: {
        const QDateTime x = a.toDateTime();
        const QDateTime y = b.toDateTime();
        if (!x.isValid() || !y.isValid())
            return !x.isValid() && y.isValid();
        return x.toMSecsSinceEpoch() < y.toMSecsSinceEpoch();
    }
    case Column::Status:
        return a.toInt() < b.toInt();
    default:
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    }
}

} // namespace Paydesk
