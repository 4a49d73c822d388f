#include "storage/HistoryStore.h"

#include "storage/CheckoutRecord.h"
#include "storage/HistoryMigration.h"
#include "storage/PrivateFiles.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

Q_LOGGING_CATEGORY(lcHistory, "paydesk.storage.history")

// SQLite's primary result codes for a file that is not (or no longer) a database.
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteBusy = 5;

// What a row is read as. A file written by Paydesk never holds a column over maxRowBytes, but
// one planted or edited by hand may: such a value is not read at all (SQLite knows a BLOB's
// length without reading it), so a page of the list costs at most its rows times the cap
// whatever the file holds. Column 11 says the checkout was left unread.
QString boundedColumn(const char *name) {
    return u"CASE WHEN length(%1) <= %2 THEN %1 END"_s.arg(QLatin1String(name))
        .arg(HistoryStore::maxRowBytes);
}
const QString columns = u"rowid, key, provider, checkout_id, input, account, looked_up_at, "_s
                        + boundedColumn("checkout") + u", "_s + boundedColumn("error") + u", "_s
                        + boundedColumn("previous") + u", "_s + boundedColumn("notes")
                        + u", length(checkout) > %1"_s.arg(HistoryStore::maxRowBytes);
const QString rawColumn = boundedColumn("raw_json");

// The trigram index holds every sequence of three characters of the search text: a needle of
// fewer characters has none and is looked for row by row, newest first (a page of a short needle
// is usually filled from the newest rows).
constexpr qsizetype shortestIndexedNeedle = 3;
// Up to this many rows the index finds are read and sorted by time. A needle that matches more is
// common enough that the newest rows, read in order until a page is full, fill it sooner: at
// 2,000 of 100,000 rows about one row in 30 matches, 2,000 rows read either way for a page of 64.
constexpr int mostRowsSortedFromIndex = 2000;

QString searchNeedle(const QString &search) {
    return search.trimmed().toLower();
}

bool isIndexed(const QString &needle) {
    return needle.toUcs4().size() >= shortestIndexedNeedle;
}

// The needle as one FTS5 phrase: in double quotes (doubled inside) every character is literal,
// and the trigrams of a phrase must follow each other, so a row matches exactly when its
// search text holds the needle.
QString searchPhrase(const QString &needle) {
    return u'"' + QString(needle).replace(u'"', u"\"\""_s) + u'"';
}

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return u"paydesk-history-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

// SQLite takes a null QString for NULL; the NOT NULL text columns get "" instead.
QString text(const QString &value) {
    return value.isNull() ? QStringLiteral("") : value;
}

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The body as the pane shows it (re-indented), so its own spacing need not be kept.
QByteArray compactBody(const QByteArray &body) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return body;
    return document.toJson(QJsonDocument::Compact);
}

QJsonObject notesRecord(const HistoryTrim &trim) {
    QJsonObject notes;
    if (trim.rawBytesOmitted > 0)
        notes.insert(u"raw_bytes_omitted"_s, QString::number(trim.rawBytesOmitted));
    if (!trim.fieldsOmitted.isEmpty())
        notes.insert(u"fields_omitted"_s, QJsonArray::fromStringList(trim.fieldsOmitted));
    if (trim.checkoutOmitted)
        notes.insert(u"checkout_omitted"_s, true);
    return notes;
}

HistoryTrim trimFrom(const QJsonObject &notes) {
    HistoryTrim trim;
    trim.rawBytesOmitted = notes.value(u"raw_bytes_omitted"_s).toString().toLongLong();
    for (const QJsonValue &field : notes.value(u"fields_omitted"_s).toArray())
        trim.fieldsOmitted << field.toString();
    trim.checkoutOmitted = notes.value(u"checkout_omitted"_s).toBool();
    return trim;
}

QJsonObject parseObject(const QVariant &value) {
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

// A row as written: what is kept and what had to be left out to stay within maxRowBytes.
struct RowData {
    QByteArray checkout;
    QByteArray raw;
    QByteArray previous;
    HistoryTrim trim;
    qint64 size() const { return checkout.size() + raw.size() + previous.size(); }
};

RowData boundedRow(const HistoryEntry &entry, qint64 maxBytes) {
    RowData row;
    row.trim = entry.trim;
    QJsonObject checkout;
    if (entry.checkout) {
        checkout = checkoutToRecord(*entry.checkout);
        row.checkout = compact(checkout);
        row.raw = compactBody(entry.checkout->rawJson);
    }
    if (entry.previous)
        row.previous = compact(checkoutToRecord(*entry.previous));
    if (row.size() <= maxBytes)
        return row;
    if (!row.raw.isEmpty()) {
        row.trim.rawBytesOmitted = entry.checkout->rawJson.size();
        row.raw.clear();
    }
    row.previous.clear();
    for (const QString &field : {u"metadata"_s, u"description"_s, u"items"_s}) {
        if (row.size() <= maxBytes)
            return row;
        if (checkout.contains(field)) {
            checkout.remove(field);
            row.trim.fieldsOmitted << field;
            row.checkout = compact(checkout);
        }
    }
    if (row.size() > maxBytes) {
        row.checkout.clear();
        row.trim.checkoutOmitted = true;
    }
    return row;
}

} // namespace

HistoryStore::HistoryStore(const QString &filePath, int maxRows)
    : m_filePath(QFileInfo(filePath).absoluteFilePath())
    , m_connection(nextConnectionName())
    , m_maxRows(qMax(0, maxRows)) {
    m_open = open();
    if (!m_open && m_unreadable && moveAside())
        m_open = open();
    if (!m_open)
        closeConnection();
}

HistoryStore::~HistoryStore() {
    closeConnection();
}

void HistoryStore::closeConnection() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryStore::fail(const QString &what, const QString &detail) const {
    m_error = u"History %1 failed: %2"_s.arg(what, detail);
    qCWarning(lcHistory).noquote() << m_error;
    return false;
}

bool HistoryStore::fail(const QString &what, const QSqlError &error) const {
    if (isUnreadable(error))
        m_unreadable = true;
    return fail(what, error.text());
}

bool HistoryStore::isUnreadable(const QSqlError &error) const {
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == sqliteCorrupt || code == sqliteNotADatabase)
        return true;
    // A file that exists but this user cannot read.
    return code == sqliteCantOpen && QFileInfo::exists(m_filePath)
           && !QFileInfo(m_filePath).isReadable();
}

bool HistoryStore::open() {
    m_unreadable = false;
    const QFileInfo info(m_filePath);
    if (!ensurePrivateFolder(info.absolutePath()))
        return fail(u"create folder"_s, info.absolutePath());
    if (!info.exists()) {
        // Created private: SQLite gives its -wal and -shm files the same permissions.
        QFile file(m_filePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && !QFileInfo::exists(m_filePath))
            return fail(u"create file"_s, file.errorString());
    } else if (!info.isReadable()) {
        m_unreadable = true;
        return fail(u"open"_s, u"the file cannot be read"_s);
    }
    return openConnection() && prepareSchema();
}

bool HistoryStore::openConnection() {
    closeConnection();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    if (!db.open())
        return fail(u"open"_s, db.lastError());
    if (!exec(u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs)))
        return false;
    // Reads the first page: a file that is not a database says so here.
    QSqlQuery probe(db);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s))
        return fail(u"read"_s, probe.lastError());
    probe.finish();
    return useWriteAheadLog() && exec(u"PRAGMA synchronous = NORMAL"_s);
}

// Turning a file to WAL writes its header, and SQLite does not wait out the busy timeout for that
// write lock (the statement already reads, so waiting could deadlock): it answers "database is
// locked" at once, and of two instances opening a new file together one would fail. The mode is
// kept in the file, so the one that has to try again usually finds it set by the other.
bool HistoryStore::useWriteAheadLog() {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const auto isWal = [](const QSqlQuery &query) {
        return query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) == 0;
    };
    const QDeadlineTimer deadline(busyTimeoutMs);
    for (;;) {
        QSqlQuery mode(db);
        if (!mode.exec(u"PRAGMA journal_mode"_s) || !mode.next())
            return fail(u"read"_s, mode.lastError());
        if (isWal(mode))
            return true;
        mode.finish();
        QSqlQuery change(db);
        const bool changed = change.exec(u"PRAGMA journal_mode = WAL"_s) && change.next();
        if (changed && isWal(change))
            return true;
        // Not changed and no error: SQLite keeps the old mode while another connection reads.
        const bool busy =
            !changed && (change.lastError().nativeErrorCode().toInt() & 0xff) == sqliteBusy;
        if ((changed || busy) && !deadline.hasExpired()) {
            QThread::msleep(20);
            continue;
        }
        if (changed)
            return fail(u"open"_s, u"the file could not be switched to write-ahead logging"_s);
        return fail(u"statement"_s, change.lastError());
    }
}

bool HistoryStore::prepareSchema() {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!begin())
        return false;
    QSqlQuery version(db);
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next()) {
        fail(u"read"_s, version.lastError());
        db.rollback();
        return false;
    }
    const int found = version.value(0).toInt();
    version.finish();
    if (found > schemaVersion) {
        db.rollback();
        return fail(u"open"_s, u"the file was written by a newer Paydesk (schema %1)"_s.arg(found));
    }
    const bool ok =
        exec(u"CREATE TABLE IF NOT EXISTS history ("
             "key TEXT NOT NULL PRIMARY KEY, provider TEXT, checkout_id TEXT NOT NULL, "
             "input TEXT NOT NULL, account TEXT NOT NULL, looked_up_at INTEGER NOT NULL, "
             "checkout BLOB, error BLOB, raw_json BLOB, previous BLOB, notes BLOB, "
             "search TEXT NOT NULL)"_s)
        && exec(u"CREATE INDEX IF NOT EXISTS history_by_time ON history (looked_up_at)"_s)
        && createSearchIndex() && (found >= 1 || migrateFromVersion0())
        && (found >= 2 || indexAllRows()) && exec(u"PRAGMA user_version = %1"_s.arg(schemaVersion));
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!commit())
        return false;
    // Walks the index once: a damaged file is found now, not in the middle of the day.
    QSqlQuery probe(db);
    if (!probe.exec(u"SELECT count(*) FROM history"_s) || !probe.next())
        return fail(u"read"_s, probe.lastError());
    return true;
}

// Version 0 kept only found checkouts, their body and account, in `lookups`.
bool HistoryStore::migrateFromVersion0() {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery exists(db);
    if (!exists.exec(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'lookups'"_s))
        return fail(u"read"_s, exists.lastError());
    if (!exists.next())
        return true;
    exists.finish();
    QSqlQuery old(db);
    old.setForwardOnly(true);
    if (!old.exec(u"SELECT id, provider, account, looked_up_at, raw_json, mode FROM lookups"_s))
        return fail(u"migrate"_s, old.lastError());
    int kept = 0;
    int dropped = 0;
    while (old.next()) {
        const QDateTime when =
            QDateTime::fromString(old.value(3).toString(), Qt::ISODateWithMs).toUTC();
        std::optional<HistoryEntry> entry =
            migratedEntry(old.value(1).toString(), old.value(0).toString(), old.value(2).toString(),
                          old.value(5).toString(), old.value(4).toByteArray(), when);
        if (!entry) {
            ++dropped;
            continue;
        }
        qint64 rowid = 0;
        if (!write(*entry, &rowid))
            return false;
        ++kept;
    }
    old.finish();
    qCInfo(lcHistory) << "History moved to schema" << schemaVersion << ":" << kept << "kept,"
                      << dropped << "no longer readable";
    return exec(u"DROP TABLE lookups"_s);
}

// The filter box looks for a substring anywhere in `search`. Looking row by row reads the whole
// table when few rows match (2 KB a row, 200 MB for 100,000 rows); an FTS5 trigram index finds
// the rows that hold the needle's three-character sequences instead. It is case sensitive
// because `search` and the needle are both lower-cased by Qt, as the row-by-row match always
// had them.
//
// A trigger takes a deleted row out of the index, but rows are put in by indexRows(), a batch
// at a time: FTS5 writes what it holds to the file at the end of every statement that changes
// it, and an insert trigger made a 100,000-row write several times slower. The index keeps its
// own copy of the text, so that deleting a row that is not (yet) indexed changes nothing.
bool HistoryStore::createSearchIndex() {
    return exec(u"CREATE VIRTUAL TABLE IF NOT EXISTS history_search USING fts5(search, "
                "tokenize='trigram case_sensitive 1')"_s)
           && exec(u"CREATE TRIGGER IF NOT EXISTS history_search_delete AFTER DELETE ON history "
                   "BEGIN DELETE FROM history_search WHERE rowid = old.rowid; END"_s)
           && exec(u"CREATE TRIGGER IF NOT EXISTS history_search_update AFTER UPDATE ON history "
                   "BEGIN DELETE FROM history_search WHERE rowid = old.rowid; "
                   "INSERT INTO history_search (rowid, search) VALUES (new.rowid, new.search); "
                   "END"_s);
}

// Indexes rows written by write(). A rowid written in this transaction belongs, if to any row,
// to a row written in it (a rowid is given again only once its row is gone), so none of them
// is in the index yet.
bool HistoryStore::indexRows(QList<qint64> rowids) {
    std::sort(rowids.begin(), rowids.end());
    QSqlQuery index(QSqlDatabase::database(m_connection, false));
    index.prepare(u"INSERT INTO history_search (rowid, search) "
                  "SELECT rowid, search FROM history WHERE rowid BETWEEN ? AND ?"_s);
    for (qsizetype first = 0; first < rowids.size();) {
        qsizetype last = first;
        while (last + 1 < rowids.size() && rowids.at(last + 1) <= rowids.at(last) + 1)
            ++last;
        index.addBindValue(rowids.at(first));
        index.addBindValue(rowids.at(last));
        if (!index.exec())
            return fail(u"write"_s, index.lastError());
        first = last + 1;
    }
    return true;
}

// A file of schema 1 (or 0, migrated) has no search index yet: it is made once from its rows
// (seconds for 100,000).
bool HistoryStore::indexAllRows() {
    QElapsedTimer timer;
    timer.start();
    QSqlQuery index(QSqlDatabase::database(m_connection, false));
    if (!index.exec(
            u"INSERT INTO history_search (rowid, search) SELECT rowid, search FROM history"_s))
        return fail(u"migrate"_s, index.lastError());
    if (index.numRowsAffected() > 0)
        qCInfo(lcHistory) << "History search index made for" << index.numRowsAffected() << "rows in"
                          << timer.elapsed() << "ms";
    return true;
}

bool HistoryStore::moveAside() {
    closeConnection();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = u"%1.unreadable-%2"_s.arg(m_filePath, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = u"%1.unreadable-%2-%3"_s.arg(m_filePath, stamp).arg(n);
    if (!QFile::rename(m_filePath, target))
        return fail(u"move aside"_s, target);
    // The write-ahead log belongs with the file it was written for.
    QFile::rename(m_filePath + u"-wal"_s, target + u"-wal"_s);
    QFile::remove(m_filePath + u"-shm"_s);
    m_movedAsidePath = target;
    qCWarning(lcHistory).noquote()
        << u"The history file could not be read; it was moved to %1 and a new one started"_s.arg(
               target);
    return true;
}

bool HistoryStore::exec(const QString &statement) {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(statement))
        return fail(u"statement"_s, query.lastError());
    return true;
}

// IMMEDIATE: the write lock is taken (or waited for) now, so a transaction never fails half
// way because another instance wrote in between.
bool HistoryStore::begin() {
    return exec(u"BEGIN IMMEDIATE"_s);
}

bool HistoryStore::commit() {
    if (exec(u"COMMIT"_s))
        return true;
    exec(u"ROLLBACK"_s);
    return false;
}

bool HistoryStore::write(const HistoryEntry &entry, qint64 *rowid) {
    const RowData row = boundedRow(entry, maxRowBytes);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // Replaced by a DELETE, not by INSERT OR REPLACE: a row REPLACE deletes fires no trigger
    // (unless recursive triggers are on), and the search index would keep its text.
    QSqlQuery replaced(db);
    replaced.prepare(u"DELETE FROM history WHERE key = ?"_s);
    replaced.addBindValue(entry.key());
    if (!replaced.exec())
        return fail(u"write"_s, replaced.lastError());
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO history (key, provider, checkout_id, input, "
                   "account, looked_up_at, checkout, error, raw_json, previous, notes, search) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const std::optional<ProviderKey> provider =
        entry.checkout ? std::optional<ProviderKey>(entry.checkout->provider) : entry.provider;
    insert.addBindValue(entry.key());
    insert.addBindValue(provider ? QVariant(*provider) : QVariant());
    insert.addBindValue(text(entry.checkout ? entry.checkout->id : entry.id));
    insert.addBindValue(text(entry.input));
    insert.addBindValue(text(entry.account));
    insert.addBindValue(entry.lookedUpAt.toMSecsSinceEpoch());
    insert.addBindValue(row.checkout.isEmpty() ? QVariant() : QVariant(row.checkout));
    insert.addBindValue(entry.error ? QVariant(compact(lookupErrorToRecord(*entry.error)))
                                    : QVariant());
    insert.addBindValue(row.raw.isEmpty() ? QVariant() : QVariant(row.raw));
    insert.addBindValue(row.previous.isEmpty() ? QVariant() : QVariant(row.previous));
    const QJsonObject notes = notesRecord(row.trim);
    insert.addBindValue(notes.isEmpty() ? QVariant() : QVariant(compact(notes)));
    insert.addBindValue(text(historySearchText(entry)));
    if (!insert.exec())
        return fail(u"write"_s, insert.lastError());
    *rowid = insert.lastInsertId().toLongLong();
    return true;
}

bool HistoryStore::trimToMaxRows() {
    if (m_maxRows == unbounded)
        return true;
    QSqlQuery trim(QSqlDatabase::database(m_connection, false));
    trim.prepare(u"DELETE FROM history WHERE rowid IN (SELECT rowid FROM history "
                 "ORDER BY looked_up_at DESC, rowid DESC LIMIT -1 OFFSET ?)"_s);
    trim.addBindValue(m_maxRows);
    if (!trim.exec())
        return fail(u"write"_s, trim.lastError());
    return true;
}

bool HistoryStore::save(const HistoryEntry &entry) {
    return saveAll({entry});
}

bool HistoryStore::saveAll(const QList<HistoryEntry> &entries) {
    if (!m_open)
        return false;
    if (!begin())
        return false;
    QList<qint64> written;
    written.reserve(entries.size());
    for (const HistoryEntry &entry : entries) {
        qint64 rowid = 0;
        if (!write(entry, &rowid)) {
            exec(u"ROLLBACK"_s);
            return false;
        }
        written.append(rowid);
    }
    // Indexed before the cap deletes any of them.
    if (!indexRows(written) || !trimToMaxRows()) {
        exec(u"ROLLBACK"_s);
        return false;
    }
    return commit();
}

bool HistoryStore::remove(const QStringList &keys) {
    if (!m_open)
        return false;
    if (!begin())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"DELETE FROM history WHERE key = ?"_s);
    for (const QString &key : keys) {
        query.addBindValue(key);
        if (!query.exec()) {
            fail(u"remove"_s, query.lastError());
            exec(u"ROLLBACK"_s);
            return false;
        }
    }
    return commit();
}

bool HistoryStore::clear() {
    if (!m_open || !begin())
        return false;
    // Row by row the delete trigger takes seconds for a long history: the index is made again,
    // empty, instead, with the trigger left out of this one transaction.
    const bool ok = exec(u"DROP TRIGGER history_search_delete"_s)
                    && exec(u"DROP TABLE history_search"_s) && exec(u"DELETE FROM history"_s)
                    && createSearchIndex();
    if (!ok) {
        exec(u"ROLLBACK"_s);
        return false;
    }
    return commit();
}

HistoryEntry HistoryStore::readRow(const QSqlQuery &query, bool withRaw) const {
    HistoryEntry entry;
    if (!query.value(2).isNull() && !query.value(2).toString().isEmpty())
        entry.provider = query.value(2).toString();
    entry.id = query.value(3).toString();
    entry.input = query.value(4).toString();
    entry.account = query.value(5).toString();
    entry.lookedUpAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
    if (!query.value(7).isNull())
        entry.checkout = checkoutFromRecord(parseObject(query.value(7)));
    if (!query.value(8).isNull())
        entry.error = lookupErrorFromRecord(parseObject(query.value(8)));
    if (!query.value(9).isNull())
        entry.previous = checkoutFromRecord(parseObject(query.value(9)));
    entry.trim = trimFrom(parseObject(query.value(10)));
    if (query.value(11).toBool())
        entry.trim.checkoutOmitted = true;
    if (withRaw && entry.checkout)
        entry.checkout->rawJson = query.value(12).toByteArray();
    return entry;
}

HistoryPage HistoryStore::page(const QString &search, std::optional<HistoryCursor> after,
                               int size) const {
    HistoryPage page;
    if (!m_open || size <= 0)
        return page;
    QString table = u"history"_s;
    QStringList conditions;
    QVariantList values;
    if (after) {
        conditions << u"(looked_up_at < ? OR (looked_up_at = ? AND rowid < ?))"_s;
        values << after->lookedUpAtMs << after->lookedUpAtMs << after->rowId;
    }
    const QString needle = searchNeedle(search);
    if (!needle.isEmpty()) {
        if (isIndexed(needle)
            && indexedMatches(needle, mostRowsSortedFromIndex + 1) <= mostRowsSortedFromIndex) {
            // The rows the index finds, by rowid, sorted by time: not the time index, which
            // would walk every row to find them.
            table = u"history NOT INDEXED"_s;
            conditions << u"rowid IN (SELECT rowid FROM history_search "
                          "WHERE history_search MATCH ?)"_s;
            values << searchPhrase(needle);
        } else {
            conditions << u"instr(search, ?) > 0"_s;
            values << needle;
        }
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM %2 %3 ORDER BY looked_up_at DESC, rowid DESC LIMIT ?"_s.arg(
        columns, table,
        conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s)));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(size);
    if (!query.exec()) {
        fail(u"read"_s, query.lastError());
        return page;
    }
    HistoryCursor last;
    while (query.next()) {
        page.entries.append(readRow(query, false));
        last = {query.value(6).toLongLong(), query.value(0).toLongLong()};
    }
    if (page.entries.size() == size)
        page.next = last;
    return page;
}

int HistoryStore::count(const QString &search) const {
    if (!m_open)
        return 0;
    const QString needle = searchNeedle(search);
    if (isIndexed(needle))
        return indexedMatches(needle, -1);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(needle.isEmpty() ? u"SELECT count(*) FROM history"_s
                                   : u"SELECT count(*) FROM history WHERE instr(search, ?) > 0"_s);
    if (!needle.isEmpty())
        query.addBindValue(needle);
    if (!query.exec() || !query.next()) {
        fail(u"read"_s, query.lastError());
        return 0;
    }
    return query.value(0).toInt();
}

// How many rows hold `needle` (of at least three characters), counted in the search index
// alone; atMost >= 0 stops counting there.
int HistoryStore::indexedMatches(const QString &needle, int atMost) const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT count(*) FROM (SELECT rowid FROM history_search "
                  "WHERE history_search MATCH ? LIMIT ?)"_s);
    query.addBindValue(searchPhrase(needle));
    query.addBindValue(atMost);
    if (!query.exec() || !query.next()) {
        fail(u"read"_s, query.lastError());
        return 0;
    }
    return query.value(0).toInt();
}

std::optional<HistoryEntry> HistoryStore::find(const QString &key) const {
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT %1, %2 FROM history WHERE key = ?"_s.arg(columns, rawColumn));
    query.addBindValue(key);
    if (!query.exec()) {
        fail(u"read"_s, query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readRow(query, true);
}

QByteArray HistoryStore::rawJson(const QString &key) const {
    if (!m_open)
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT %1 FROM history WHERE key = ?"_s.arg(rawColumn));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}

} // namespace Paydesk
