#pragma once

#include <QSortFilterProxyModel>

namespace Paydesk {

// Sorts the recent lookups by their raw values (money exactly, times as times) and keeps the
// rows whose id, customer, account or amount contain the filter text.
class RecentLookupsProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit RecentLookupsProxy(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
};

} // namespace Paydesk
