#pragma once

#include "gui/lookups/LookupEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace Paydesk {

// The recent lookups, newest first: checkouts found, lookups in progress and failures.
// Display roles are for people; RawValueRole holds the underlying value for sorting
// (Money for the amount, QDateTime for the creation time) and FilterTextRole the text the
// filter box matches.
class RecentLookupsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Column { Status, Provider, Mode, Id, Amount, Customer, Created, Account, Count };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        FilterTextRole,
        BadgeBackgroundRole,
        BadgeForegroundRole,
    };

    explicit RecentLookupsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // A lookup starts: the row of the same id is reused (it keeps its last checkout and shows
    // "Loading…"), else a row is inserted at the top. Returns the row's key.
    quint64 beginLookup(const QString &input, const QString &id,
                        std::optional<ProviderKey> provider, const QString &account);
    void setFound(quint64 key, const Checkout &checkout, const QDateTime &lookedUpAt);
    void setFailed(quint64 key, const LookupError &error, const QDateTime &lookedUpAt);
    // A canceled lookup: the row shows its last checkout again, or goes when it had none.
    void cancelLookup(quint64 key);

    // Replaces every row with found checkouts, newest first (e.g. from the history).
    void resetCheckouts(const QList<std::pair<Checkout, QDateTime>> &checkouts);

    int rowOfKey(quint64 key) const;
    int rowOfId(const QString &id) const;
    const LookupEntry &entry(int row) const { return m_entries.at(row); }
    bool isLoading(quint64 key) const;
    int loadingCount() const;

private:
    static constexpr int columns = static_cast<int>(Column::Count);

    QVariant displayData(const LookupEntry &entry, Column column) const;
    QVariant toolTipData(const LookupEntry &entry, Column column) const;
    QVariant alignmentData(Column column) const;
    QVariant rawData(const LookupEntry &entry, Column column) const;
    QVariant filterTextData(const LookupEntry &entry, Column column) const;
    QVariant badgeData(const LookupEntry &entry, Column column, int role) const;

    void emitRowChanged(int row, Column first, Column last);
    quint64 nextKey() { return ++m_lastKey; }

    QList<LookupEntry> m_entries;
    quint64 m_lastKey = 0;
};

} // namespace Paydesk
