#include "secrets/KeyCache.h"

#include "domain/SecretBytes.h"

#include <QMetaObject>

#include <algorithm>

#include <utility>

namespace Paydesk {

KeyCache::KeyCache(KeyProvider *source, QObject *parent)
    : KeyCache(source, Keep::KeysAndFailures, parent) {}

KeyCache::KeyCache(KeyProvider *source, Keep keep, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_keep(keep) {}

KeyCache::~KeyCache() {
    clear();
}

void KeyCache::readKey(const QString &accountName, QObject *context,
                       std::function<void(const KeyResult &)> done) {
    Waiter waiter{context, std::move(done)};
    auto found = m_entries.find(accountName);
    if (found != m_entries.end()) {
        if (found->answered)
            deliverLater(waiter, found->result);
        else
            found->waiters.append(std::move(waiter));
        return;
    }
    Entry &entry = m_entries[accountName];
    entry.waiters.append(std::move(waiter));
    ++m_sourceReads;
    m_source->readKey(accountName, this, [this, accountName](const KeyResult &result) {
        onAnswer(accountName, result);
    });
}

void KeyCache::onAnswer(const QString &accountName, const KeyResult &result) {
    auto found = m_entries.find(accountName);
    if (found == m_entries.end())
        return;
    const QList<Waiter> waiters = std::exchange(found->waiters, {});
    if (found->keep && (result.ok() || m_keep == Keep::KeysAndFailures)) {
        found->answered = true;
        found->result = result;
    } else {
        m_entries.erase(found);
    }
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(result);
    }
}

void KeyCache::deliverLater(const Waiter &waiter, const KeyResult &result) {
    if (!waiter.context)
        return;
    // Later, on the caller's thread, as KeyProvider promises: never from inside readKey().
    QMetaObject::invokeMethod(
        waiter.context, [done = waiter.done, result] { done(result); }, Qt::QueuedConnection);
}

int KeyCache::keptAnswers() const {
    return static_cast<int>(std::count_if(m_entries.cbegin(), m_entries.cend(),
                                          [](const Entry &entry) { return entry.answered; }));
}

void KeyCache::clear() {
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->answered) {
            wipe(it->result.key);
            it = m_entries.erase(it);
        } else {
            it->keep = false;
            ++it;
        }
    }
}

} // namespace Paydesk
