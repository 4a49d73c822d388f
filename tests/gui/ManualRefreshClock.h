#pragma once

// A refresh clock the test moves by hand: advanceMs() jumps time forward and fires the wake-up
// as soon as it is due, so a 30-minute schedule runs in no time.
#include "gui/live/RefreshClock.h"

#include <optional>

class ManualRefreshClock : public Paydesk::RefreshClock {
public:
    qint64 nowMs() const override { return m_now; }
    void wakeIn(qint64 delayMs) override { m_wake = m_now + delayMs; }
    void cancelWake() override { m_wake.reset(); }
    std::optional<qint64> wakeAtMs() const { return m_wake; }

    // Moves to each planned wake-up on the way (firing it there), then to now + `ms`.
    void advanceMs(qint64 ms) {
        const qint64 end = m_now + ms;
        while (m_wake && *m_wake <= end) {
            m_now = *m_wake;
            m_wake.reset();
            Q_EMIT timeout();
        }
        m_now = end;
    }

private:
    qint64 m_now = 1'000'000;
    std::optional<qint64> m_wake;
};
