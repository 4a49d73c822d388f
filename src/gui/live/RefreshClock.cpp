#include "gui/live/RefreshClock.h"

#include <algorithm>

namespace Paydesk {

SystemRefreshClock::SystemRefreshClock(QObject *parent)
    : RefreshClock(parent) {
    m_elapsed.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RefreshClock::timeout);
}

void SystemRefreshClock::wakeIn(qint64 delayMs) {
    m_timer.start(static_cast<int>(std::clamp<qint64>(delayMs, 0, 24 * 3600 * 1000)));
}

} // namespace Paydesk
