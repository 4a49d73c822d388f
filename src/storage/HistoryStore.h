#pragma once

#include "domain/Checkout.h"
#include "domain/Provider.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Paydesk {

// One remembered lookup: the checkout as re-parsed from the body received, and when.
struct HistoryEntry {
    Checkout checkout;
    QDateTime lookedUpAt; // UTC
};

// The recent lookups, kept in an SQLite file so they survive a restart. Only what the
// provider answered is stored (the raw JSON body, the account name, provider, mode and the
// time); never a key. Bounded: the oldest lookups beyond the limit are forgotten.
class HistoryStore {
public:
    static constexpr int defaultLimit = 500;

    explicit HistoryStore(const QString &filePath, int limit = defaultLimit);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString filePath() const { return m_filePath; }
    int limit() const { return m_limit; }

    // Remembers a found checkout (replacing an earlier lookup of the same id). False on a
    // database error (see errorString()).
    bool record(const Checkout &checkout, const QDateTime &lookedUpAt);
    bool remove(const ProviderKey &provider, const QString &id);
    bool clear();

    // Newest first; rows whose body no longer parses are skipped.
    QList<HistoryEntry> load() const;
    int count() const;

private:
    bool exec(const QString &statement);
    bool fail(const QString &what, const QString &detail) const;

    QString m_filePath;
    QString m_connection;
    int m_limit;
    bool m_open = false;
    mutable QString m_error;
};

} // namespace Paydesk
