#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace Paydesk {

// At most N requests in flight per origin; the others wait in a first-come queue.
class HostLimiter : public QObject {
    Q_OBJECT

public:
    explicit HostLimiter(int maxPerOrigin, QObject *parent = nullptr);

    void setMaxPerOrigin(int count);
    int maxPerOrigin() const { return m_max; }

    // Calls `start` (maybe at once) when `origin` has a free slot; the caller then holds it
    // until release(). Nothing is called once `context` is destroyed or cancel()ed.
    void acquire(const QString &origin, QObject *context, std::function<void()> start);
    void release(const QString &origin);
    // Forgets every queued request of `context` (slots it holds are released separately).
    void cancel(QObject *context);
    // While held, a released slot goes to no one: canceling many requests one by one must not
    // start the queued ones still to be canceled. Holds nest; the last resume() fills the
    // free slots.
    void hold() { ++m_holds; }
    void resume();

    int inFlight(const QString &origin) const { return m_active.value(origin); }

private:
    struct Waiter {
        QPointer<QObject> context;
        std::function<void()> start;
    };
    void pump(const QString &origin);

    int m_max;
    int m_holds = 0;
    QHash<QString, int> m_active;
    QHash<QString, QList<Waiter>> m_queues;
};

} // namespace Paydesk
