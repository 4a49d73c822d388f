#pragma once

#include <QObject>

namespace Paydesk {

// Asynchronous work that ends exactly once; every fetch builds on it (BoundedReply, HttpGet,
// CheckoutFetch, AccountResolution, LookupJob). A job declares its own finished(result) signal
// and ends with `if (settle()) Q_EMIT finished(result);`: settle() is true only the first time,
// once stopWork() has released what the work holds (transfers, timers, slots, the jobs it started).
// cancel() ends the work as well, silently unless the job announces it (LookupJob does); both
// may be called any number of times, also from a slot of finished(). A job is never deleted
// from within its own signal: its owner dismiss()es it.
class Job : public QObject {
public:
    // Stops the work now; later calls, and calls after the job finished, do nothing.
    void cancel() {
        if (settle())
            canceled();
    }
    bool isSettled() const { return m_settled; }

protected:
    using QObject::QObject;

    // True only the first time, after stopWork(). Destructors call it too, so that a job deleted
    // while working lets go of its transfers without announcing anything.
    bool settle();
    // Releases what the work holds; called once.
    virtual void stopWork() {}
    // Announces a cancellation; nothing by default.
    virtual void canceled() {}
    // Cancels `job` (when there is one) and deletes it once control is back in the event loop:
    // safe from within that job's own signal.
    static void dismiss(Job *job);

private:
    bool m_settled = false;
};

} // namespace Paydesk
