#include "storage/HistoryStore.h"

#include "providers/ProviderRegistry.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

Q_LOGGING_CATEGORY(lcHistory, "paydesk.storage.history")

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return u"paydesk-history-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

QString timeText(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Result<Checkout> reparse(const PaymentProvider &provider, const QByteArray &body) {
    return provider.parseCheckout(body, QDateTime::currentDateTimeUtc());
}

} // namespace

HistoryStore::HistoryStore(const QString &filePath, int limit)
    : m_filePath(filePath)
    , m_connection(nextConnectionName())
    , m_limit(qMax(1, limit)) {
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        fail(u"create folder"_s, info.absolutePath());
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(filePath);
    if (!db.open()) {
        fail(u"open"_s, db.lastError().text());
        return;
    }
    m_open = exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA synchronous=NORMAL"_s)
             && exec(u"CREATE TABLE IF NOT EXISTS lookups ("
                     "id TEXT NOT NULL, provider TEXT NOT NULL, account TEXT NOT NULL, "
                     "looked_up_at TEXT NOT NULL, raw_json BLOB NOT NULL, mode TEXT, "
                     "PRIMARY KEY (provider, id))"_s)
             && exec(u"CREATE INDEX IF NOT EXISTS lookups_by_time ON lookups (looked_up_at)"_s);
}

HistoryStore::~HistoryStore() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryStore::fail(const QString &what, const QString &detail) const {
    m_error = u"History %1 failed: %2"_s.arg(what, detail);
    qCWarning(lcHistory).noquote() << m_error;
    return false;
}

bool HistoryStore::exec(const QString &statement) {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(statement))
        return fail(u"statement"_s, query.lastError().text());
    return true;
}

bool HistoryStore::record(const Checkout &checkout, const QDateTime &lookedUpAt) {
    if (!m_open || checkout.id.isEmpty() || checkout.rawJson.isEmpty())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(u"transaction"_s, db.lastError().text());
    QSqlQuery insert(db);
    insert.prepare(u"INSERT OR REPLACE INTO lookups "
                   "(id, provider, account, looked_up_at, raw_json, mode) "
                   "VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(checkout.id);
    insert.addBindValue(checkout.provider);
    insert.addBindValue(checkout.account);
    insert.addBindValue(timeText(lookedUpAt));
    insert.addBindValue(checkout.rawJson);
    insert.addBindValue(checkout.mode ? modeKey(*checkout.mode) : QString());
    QSqlQuery trim(db);
    trim.prepare(u"DELETE FROM lookups WHERE rowid NOT IN "
                 "(SELECT rowid FROM lookups ORDER BY looked_up_at DESC LIMIT ?)"_s);
    trim.addBindValue(m_limit);
    if (!insert.exec() || !trim.exec()) {
        const QString detail =
            insert.lastError().isValid() ? insert.lastError().text() : trim.lastError().text();
        db.rollback();
        return fail(u"write"_s, detail);
    }
    if (!db.commit())
        return fail(u"commit"_s, db.lastError().text());
    return true;
}

bool HistoryStore::remove(const ProviderKey &provider, const QString &id) {
    if (!m_open)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"DELETE FROM lookups WHERE provider = ? AND id = ?"_s);
    query.addBindValue(provider);
    query.addBindValue(id);
    if (!query.exec())
        return fail(u"remove"_s, query.lastError().text());
    return true;
}

bool HistoryStore::clear() {
    return m_open && exec(u"DELETE FROM lookups"_s);
}

int HistoryStore::count() const {
    if (!m_open)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT COUNT(*) FROM lookups"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<HistoryEntry> HistoryStore::load() const {
    QList<HistoryEntry> entries;
    if (!m_open)
        return entries;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, provider, account, looked_up_at, raw_json, mode FROM lookups "
                  "ORDER BY looked_up_at DESC LIMIT ?"_s);
    query.addBindValue(m_limit);
    if (!query.exec()) {
        fail(u"read"_s, query.lastError().text());
        return entries;
    }
    while (query.next()) {
        const PaymentProvider *provider = ProviderRegistry::find(query.value(1).toString());
        if (!provider)
            continue;
        Result<Checkout> parsed = reparse(*provider, query.value(4).toByteArray());
        if (!parsed) {
            qCWarning(lcHistory) << "Skipping a stored lookup that no longer parses:"
                                 << query.value(0).toString();
            continue;
        }
        HistoryEntry entry;
        entry.checkout = std::move(parsed).value();
        entry.checkout.account = query.value(2).toString();
        if (!entry.checkout.mode)
            entry.checkout.mode = modeFromKey(query.value(5).toString());
        entry.lookedUpAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        entries.append(std::move(entry));
    }
    return entries;
}

} // namespace Paydesk
