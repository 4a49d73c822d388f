#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Paydesk {

// Where the refresh scheduler takes its time from: a monotonic "now" in milliseconds and one
// wake-up at a time. The system's by default; tests drive a manual one and never wait.
class RefreshClock : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual qint64 nowMs() const = 0;
    // One wake-up (timeout()) `delayMs` from now, replacing any planned before.
    virtual void wakeIn(qint64 delayMs) = 0;
    virtual void cancelWake() = 0;

Q_SIGNALS:
    void timeout();
};

// A steady clock and a coarse single-shot timer: refreshes seconds apart need no precision.
class SystemRefreshClock : public RefreshClock {
    Q_OBJECT
public:
    explicit SystemRefreshClock(QObject *parent = nullptr);

    qint64 nowMs() const override { return m_elapsed.elapsed(); }
    void wakeIn(qint64 delayMs) override;
    void cancelWake() override { m_timer.stop(); }

private:
    QElapsedTimer m_elapsed;
    QTimer m_timer;
};

} // namespace Paydesk
