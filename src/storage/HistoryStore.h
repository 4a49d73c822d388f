#pragma once

#include "storage/HistoryEntry.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlError;
class QSqlQuery;

namespace Paydesk {

// Where a page of the history ends: the next page starts after this row.
struct HistoryCursor {
    qint64 lookedUpAtMs = 0;
    qint64 rowId = 0;
};

struct HistoryPage {
    QList<HistoryEntry> entries;       // newest first, without raw bodies
    std::optional<HistoryCursor> next; // set when there may be more
};

// Every lookup the operator made, found or failed, in an SQLite file, so that the list looks
// the same after a restart. Never a key: only what was asked and what the provider answered.
//
// The file is shared safely between running instances (WAL, writes in IMMEDIATE transactions,
// a busy timeout so a second instance waits instead of failing). A file that cannot be read is
// moved aside, named in movedAsidePath(), and a new one started: nothing is deleted. A row
// never exceeds maxRowBytes: the raw body, then the fields the pane shows least, are left out
// (and said so in HistoryEntry::trim) before a row is refused.
//
// The search text is indexed by its three-character sequences (FTS5 trigrams), so a search
// reads the rows that match rather than every row.
class HistoryStore {
public:
    static constexpr int unbounded = 0;
    static constexpr qint64 maxRowBytes = 256 * 1024;
    static constexpr int busyTimeoutMs = 10000;
    static constexpr int schemaVersion = 2;

    // maxRows > 0 keeps only that many of the newest rows.
    explicit HistoryStore(const QString &filePath, int maxRows = unbounded);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString filePath() const { return m_filePath; }
    int maxRows() const { return m_maxRows; }
    // Set when the file could not be read (at start or later) and was moved there.
    QString movedAsidePath() const { return m_movedAsidePath; }

    // Adds or replaces the row of entry.key(); false on a database error (see errorString()).
    bool save(const HistoryEntry &entry);
    // All in one transaction: all or none.
    bool saveAll(const QList<HistoryEntry> &entries);
    bool remove(const QStringList &keys);
    bool clear();

    // The newest rows after `after` whose search text contains `search` (any case).
    HistoryPage page(const QString &search, std::optional<HistoryCursor> after, int size) const;
    int count(const QString &search = {}) const;
    // One row with its raw body, or nullopt.
    std::optional<HistoryEntry> find(const QString &key) const;
    QByteArray rawJson(const QString &key) const;

private:
    bool open();
    bool openConnection();
    bool useWriteAheadLog();
    bool prepareSchema();
    bool migrateFromVersion0();
    bool createSearchIndex();
    bool indexRows(QList<qint64> rowids);
    bool indexAllRows();
    bool moveAside();
    void closeConnection();
    bool begin();
    bool commit();
    // Writes the row, not yet in the search index (see indexRows()); `rowid` is its rowid.
    bool write(const HistoryEntry &entry, qint64 *rowid);
    bool trimToMaxRows();
    bool exec(const QString &statement);
    bool fail(const QString &what, const QSqlError &error) const;
    bool fail(const QString &what, const QString &detail) const;
    bool isUnreadable(const QSqlError &error) const;
    HistoryEntry readRow(const QSqlQuery &query, bool withRaw) const;
    int indexedMatches(const QString &needle, int atMost) const;

    QString m_filePath;
    QString m_connection;
    int m_maxRows;
    bool m_open = false;
    QString m_movedAsidePath;
    mutable QString m_error;
    mutable bool m_unreadable = false;
};

} // namespace Paydesk
