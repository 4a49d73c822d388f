#pragma once

#include <QHash>
#include <QList>
#include <QObject>

namespace Paydesk {

class RefreshClock;

// When to look a checkout that is not final up again, by itself: first after 5 s, then each
// interval doubled up to 60 s (5, 10, 20, 40, 60, 60...), until the caller stops it (a final
// status, the row removed) or the bound has passed since it started (30 min by default), so a
// checkout nobody pays is not asked about all day. It keeps keys and times only; the caller
// looks up on refreshDue().
class RefreshScheduler : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 firstIntervalMs = 5'000;
    static constexpr qint64 longestIntervalMs = 60'000;
    static constexpr qint64 defaultBoundMs = 30 * 60'000;

    // `clock` must outlive the scheduler.
    explicit RefreshScheduler(RefreshClock *clock, QObject *parent = nullptr);

    // Starts (or starts again, from 5 s) refreshing `key`.
    void watch(quint64 key);
    void unwatch(quint64 key);
    void unwatchAll();
    bool isWatching(quint64 key) const { return m_watched.contains(key); }
    QList<quint64> watchedKeys() const { return m_watched.keys(); }

    // Off: nothing is refreshed and watch() is ignored until it is on again.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    void setBoundMs(qint64 boundMs);
    qint64 boundMs() const { return m_boundMs; }

Q_SIGNALS:
    void refreshDue(quint64 key);
    // The bound passed before a final status: no more refreshes for `key`.
    void gaveUp(quint64 key);

private:
    struct Watch {
        qint64 startedMs = 0;
        qint64 intervalMs = firstIntervalMs;
        qint64 dueMs = 0;
    };

    void onWake();
    void planWake();

    RefreshClock *m_clock;
    QHash<quint64, Watch> m_watched;
    qint64 m_boundMs = defaultBoundMs;
    bool m_enabled = true;
};

} // namespace Paydesk
