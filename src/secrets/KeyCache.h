#pragma once

#include "domain/KeyProvider.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Paydesk {

// A KeyProvider in front of another that asks it at most once per account while the cache
// lives: the first request for an account starts one read, requests that arrive while it runs
// wait for the same answer, and later ones get it at once. By default failures are kept too, so
// that a command looking up thousands of ids meets a locked or silent keychain once, not once
// per id.
//
// Meant for one command's lifetime (`paydesk lookup`), where every id of an account needs the
// same key within seconds, or for the window's bursts (ShortLivedKeyCache, which keeps keys
// only). `clear()` forgets everything and wipes the keys it held.
class KeyCache : public QObject, public KeyProvider {
    Q_OBJECT
public:
    // What an answered read leaves in the cache. With KeysOnly, a failure reaches the requests
    // that waited for that read and is then forgotten: the next request asks the source again.
    enum class Keep { KeysAndFailures, KeysOnly };

    explicit KeyCache(KeyProvider *source, QObject *parent = nullptr);
    KeyCache(KeyProvider *source, Keep keep, QObject *parent = nullptr);
    ~KeyCache() override;

    void readKey(const QString &accountName, QObject *context,
                 std::function<void(const KeyResult &)> done) override;

    // Forgets every answer (wiping the keys); reads still under way are answered but not kept.
    void clear();

    // How many reads reached the source; for tests and benchmarks.
    int sourceReads() const { return m_sourceReads; }
    // How many accounts have an answer kept (a key, or a failure with KeysAndFailures).
    int keptAnswers() const;

private:
    struct Waiter {
        QPointer<QObject> context;
        std::function<void(const KeyResult &)> done;
    };
    struct Entry {
        bool answered = false;
        bool keep = true; // false once clear() ran while the read was under way
        KeyResult result;
        QList<Waiter> waiters;
    };

    void onAnswer(const QString &accountName, const KeyResult &result);
    static void deliverLater(const Waiter &waiter, const KeyResult &result);

    KeyProvider *m_source;
    Keep m_keep = Keep::KeysAndFailures;
    QHash<QString, Entry> m_entries;
    int m_sourceReads = 0;
};

} // namespace Paydesk
