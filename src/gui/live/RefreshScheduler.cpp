#include "gui/live/RefreshScheduler.h"

#include "gui/live/RefreshClock.h"

#include <algorithm>
#include <limits>

namespace Paydesk {

RefreshScheduler::RefreshScheduler(RefreshClock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock) {
    Q_ASSERT(m_clock);
    connect(m_clock, &RefreshClock::timeout, this, &RefreshScheduler::onWake);
}

void RefreshScheduler::watch(quint64 key) {
    if (!m_enabled)
        return;
    const qint64 now = m_clock->nowMs();
    m_watched.insert(key, Watch{now, firstIntervalMs, now + firstIntervalMs});
    planWake();
}

void RefreshScheduler::unwatch(quint64 key) {
    if (m_watched.remove(key) > 0)
        planWake();
}

void RefreshScheduler::unwatchAll() {
    m_watched.clear();
    planWake();
}

void RefreshScheduler::setEnabled(bool enabled) {
    m_enabled = enabled;
    if (!enabled)
        unwatchAll();
}

void RefreshScheduler::setBoundMs(qint64 boundMs) {
    m_boundMs = boundMs;
}

void RefreshScheduler::onWake() {
    const qint64 now = m_clock->nowMs();
    QList<quint64> due;
    QList<quint64> expired;
    for (auto it = m_watched.begin(); it != m_watched.end(); ++it) {
        if (it->dueMs > now)
            continue;
        if (now - it->startedMs > m_boundMs) {
            expired.append(it.key());
            continue;
        }
        due.append(it.key());
        it->intervalMs = std::min(it->intervalMs * 2, longestIntervalMs);
        it->dueMs = now + it->intervalMs;
    }
    for (quint64 key : std::as_const(expired))
        m_watched.remove(key);
    // Oldest rows first, the same on every run.
    std::sort(due.begin(), due.end());
    planWake();
    for (quint64 key : std::as_const(expired))
        Q_EMIT gaveUp(key);
    for (quint64 key : std::as_const(due)) {
        // A slot may have unwatched it (a removed row) while the others were announced.
        if (m_watched.contains(key))
            Q_EMIT refreshDue(key);
    }
}

void RefreshScheduler::planWake() {
    if (m_watched.isEmpty()) {
        m_clock->cancelWake();
        return;
    }
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Watch &watch : std::as_const(m_watched))
        next = std::min(next, watch.dueMs);
    m_clock->wakeIn(std::max<qint64>(0, next - m_clock->nowMs()));
}

} // namespace Paydesk
