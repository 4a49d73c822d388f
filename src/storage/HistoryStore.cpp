#include "storage/HistoryStore.h"

#include "storage/CheckoutRecord.h"
#include "storage/HistoryMigration.h"
#include "storage/PrivateFiles.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

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
        && (found >= 1 || migrateFromVersion0())
        && exec(u"PRAGMA user_version = %1"_s.arg(schemaVersion));
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
        if (!write(*entry))
            return false;
        ++kept;
    }
    old.finish();
    qCInfo(lcHistory) << "History moved to schema" << schemaVersion << ":" << kept << "kept,"
                      << dropped << "no longer readable";
    return exec(u"DROP TABLE lookups"_s);
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

bool HistoryStore::write(const HistoryEntry &entry) {
    const RowData row = boundedRow(entry, maxRowBytes);
    QSqlQuery insert(QSqlDatabase::database(m_connection, false));
    insert.prepare(u"INSERT OR REPLACE INTO history (key, provider, checkout_id, input, "
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
    for (const HistoryEntry &entry : entries) {
        if (!write(entry)) {
            exec(u"ROLLBACK"_s);
            return false;
        }
    }
    if (!trimToMaxRows()) {
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
    return m_open && exec(u"DELETE FROM history"_s);
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
    QStringList conditions;
    if (after)
        conditions << u"(looked_up_at < ? OR (looked_up_at = ? AND rowid < ?))"_s;
    const QString needle = search.trimmed().toLower();
    if (!needle.isEmpty())
        conditions << u"instr(search, ?) > 0"_s;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM history %2 ORDER BY looked_up_at DESC, rowid DESC LIMIT ?"_s.arg(
        columns, conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s)));
    if (after) {
        query.addBindValue(after->lookedUpAtMs);
        query.addBindValue(after->lookedUpAtMs);
        query.addBindValue(after->rowId);
    }
    if (!needle.isEmpty())
        query.addBindValue(needle);
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
    const QString needle = search.trimmed().toLower();
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
