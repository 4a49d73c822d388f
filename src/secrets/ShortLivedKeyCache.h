#pragma once

#include "domain/KeyProvider.h"
#include "secrets/KeyCache.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace Paydesk {

// The window's keys: each account's key is read from the source once for a burst of lookups,
// and no key stays in memory once the window is idle.
//
// A KeyCache that keeps keys only (a failure reaches the lookups that waited for that read, and
// the next lookup asks the keychain again, so unlocking it takes effect at once). The cache
// lives while any object that asked for a key (readKey's `context`: the network layer's fetch,
// deleted when its lookup ends) is alive, and for `grace` after the last of them is gone; then
// it is cleared, which wipes the keys it held.
class ShortLivedKeyCache : public QObject, public KeyProvider {
    Q_OBJECT
public:
    // Long enough for an operator pasting ids one after another, and for the stragglers of a
    // burst (a second account asked after the first said "not found"), to find the key still
    // there; short enough that a window left alone holds no key within seconds.
    static constexpr std::chrono::milliseconds defaultGrace{5000};

    explicit ShortLivedKeyCache(KeyProvider *source, std::chrono::milliseconds grace = defaultGrace,
                                QObject *parent = nullptr);

    void readKey(const QString &accountName, QObject *context,
                 std::function<void(const KeyResult &)> done) override;

    // Forgets and wipes every key now (a key was changed in the keychain); reads under way are
    // answered but not kept.
    void forgetKeys() { m_cache.clear(); }

    // How many accounts' keys are held now; for tests.
    int heldKeys() const { return m_cache.keptAnswers(); }
    // How many reads reached the source; for tests and benchmarks.
    int sourceReads() const { return m_cache.sourceReads(); }
    // The objects that asked and are still alive.
    int readersAlive() const { return static_cast<int>(m_readers.size()); }

private:
    void onReaderGone(QObject *reader);

    KeyCache m_cache;
    QTimer m_grace;
    QSet<QObject *> m_readers;
};

} // namespace Paydesk
