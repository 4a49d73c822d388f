#pragma once

#include "gui/lookups/LookupEntry.h"

#include "storage/HistoryStore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace Paydesk {

// The recent lookups, newest first: checkouts found, lookups in progress and failures.
// Display roles are for people; RawValueRole holds the underlying value for sorting
// (Money for the amount, QDateTime for the creation time) and FilterTextRole the text the
// filter box matches.
//
// With a history, every finished lookup is written to it, and the rows are read from it a
// page at a time (canFetchMore/fetchMore) so a long history costs nothing at start; the search
// text selects the rows in SQL, over the whole history.
class RecentLookupsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Column { Status, Provider, Mode, Id, Amount, Customer, Created, Account, Count };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        FilterTextRole,
        BadgeStyleRole, // a BadgeStyle for the status column: painted in the view's palette
    };

    // Rows read per page: a tall screen's worth. Each row is decoded from the history file, so
    // the first page is what a long history costs the window's start (200 rows took 70 ms
    // with 100,000 in the file, 64 take 30 ms; bench_dashboard historyOpenHundredThousand).
    static constexpr int pageSize = 64;

    explicit RecentLookupsModel(QObject *parent = nullptr);

    // Shows the history's rows (the first page now, more on fetchMore) and keeps it up to
    // date. Null: rows live in memory only.
    void setHistory(HistoryStore *history);
    HistoryStore *history() const { return m_history; }
    // Rows matching `text` (as historySearchText() does), read from the whole history; lookups
    // in progress stay. Without a history every row stays: the proxy filters.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Rows the search matches in the history plus those not yet in it.
    int totalCount() const;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Removes every row but lookups in progress, and forgets the history.
    void clearAll();
    // The entry with its raw body read from the history when the page left it out.
    LookupEntry completeEntry(int row) const;

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
    // A found checkout. When it differs from the one the row showed in a field an operator
    // watches (CheckoutField), the row keeps the earlier one as `previous` until markSeen().
    void setFound(quint64 key, const Checkout &checkout, const QDateTime &lookedUpAt);
    // The operator has seen the row's changes: `previous` is forgotten, here and in the
    // history, and a status change no longer tints the row.
    void markSeen(quint64 key);
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

Q_SIGNALS:
    // A history write or read failed; the rows on screen stay.
    void historyFailed(const QString &message);

private:
    static constexpr int columns = static_cast<int>(Column::Count);

    QVariant displayData(const LookupEntry &entry, Column column) const;
    QVariant toolTipData(const LookupEntry &entry, Column column) const;
    QVariant alignmentData(Column column) const;
    QVariant rawData(const LookupEntry &entry, Column column) const;
    QVariant filterTextData(const LookupEntry &entry, Column column) const;
    QVariant badgeData(const LookupEntry &entry, Column column) const;
    QVariant changedBackground(const LookupEntry &entry) const;

    void emitRowChanged(int row, Column first, Column last);
    // Every announced role of every column of `row`, to find what a change touched.
    using RowValues = QList<QVariant>;
    RowValues rowValues(int row) const;
    void announceChanges(int row, const RowValues &before);
    quint64 nextKey() { return ++m_lastKey; }
    void reload();
    void appendPage(bool announce);
    void remember(const LookupEntry &entry);
    void reportHistoryError();

    QList<LookupEntry> m_entries;
    quint64 m_lastKey = 0;
    HistoryStore *m_history = nullptr;
    QString m_search;
    std::optional<HistoryCursor> m_cursor;
    bool m_morePages = false;
    bool m_announcing = false; // inside endResetModel() or endInsertRows()
    // History keys of rows added by this session's lookups: pages read later skip them.
    QSet<QString> m_sessionKeys;
};

} // namespace Paydesk
