#include "network/HostLimiter.h"

#include <algorithm>

namespace Paydesk {

HostLimiter::HostLimiter(int maxPerOrigin, QObject *parent)
    : QObject(parent)
    , m_max(std::max(1, maxPerOrigin)) {}

void HostLimiter::setMaxPerOrigin(int count) {
    m_max = std::max(1, count);
    const QStringList origins = m_queues.keys();
    for (const QString &origin : origins)
        pump(origin);
}

void HostLimiter::acquire(const QString &origin, QObject *context, std::function<void()> start) {
    m_queues[origin].append(Waiter{context, std::move(start)});
    pump(origin);
}

void HostLimiter::release(const QString &origin) {
    auto it = m_active.find(origin);
    if (it == m_active.end())
        return;
    if (--it.value() <= 0)
        m_active.erase(it);
    pump(origin);
}

void HostLimiter::cancel(QObject *context) {
    for (auto &queue : m_queues)
        queue.removeIf([context](const Waiter &w) { return w.context == context || !w.context; });
}

void HostLimiter::resume() {
    if (m_holds == 0 || --m_holds > 0)
        return;
    const QStringList origins = m_queues.keys();
    for (const QString &origin : origins)
        pump(origin);
}

void HostLimiter::pump(const QString &origin) {
    if (m_holds > 0)
        return;
    auto queueIt = m_queues.find(origin);
    while (queueIt != m_queues.end() && !queueIt->isEmpty() && m_active.value(origin) < m_max) {
        Waiter waiter = queueIt->takeFirst();
        if (!waiter.context)
            continue;
        ++m_active[origin];
        waiter.start(); // may acquire or release again: look the queue up afresh
        queueIt = m_queues.find(origin);
    }
    if (queueIt != m_queues.end() && queueIt->isEmpty())
        m_queues.erase(queueIt);
}

} // namespace Paydesk
