#pragma once

#include "domain/Account.h"
#include "domain/Checkout.h"
#include "domain/KeyProvider.h"
#include "domain/LookupError.h"
#include "domain/Result.h"
#include "network/ConnectionWarmer.h"
#include "network/Job.h"
#include "network/NetworkSettings.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace Paydesk {

class AccountResolution;
class HostLimiter;

// What one lookup came to. On failure the error carries the accounts asked, the HTTP status
// and the provider's X-Request-Id where there was one.
struct LookupOutcome {
    QString input;                           // as typed or pasted
    QString id;                              // the recognised checkout id; empty when invalid
    Result<Checkout> result = LookupError{}; // the checkout (its `account` set) or why not
    bool canceled = false;                   // cancel() was called; result is then an error
};

// One lookup in progress. `finished` is emitted exactly once, always after lookup() returned,
// also when canceled (then with outcome.canceled true). The service deletes the job (later)
// once it has finished: do not keep the pointer past that signal.
class LookupJob : public Job {
    Q_OBJECT

public:
    ~LookupJob() override { settle(); }

    QString input() const { return m_outcome.input; }
    QString id() const { return m_outcome.id; }

    // cancel() aborts every request in flight and emits `finished` with a canceled outcome (an
    // error of kind Network, outcome.canceled true) from within the call. Safe to call more
    // than once, and after finished (then it does nothing).

Q_SIGNALS:
    void finished(const Paydesk::LookupOutcome &outcome);

private:
    friend class LookupService;
    LookupJob(const QString &input, const QString &id, QObject *parent);

    void stopWork() override;
    void canceled() override;
    // Emits `finished` once and schedules deletion; later calls do nothing.
    void finish(const Result<Checkout> &result);
    void announce();

    LookupOutcome m_outcome;
    QPointer<AccountResolution> m_resolution; // the work in progress, a child
};

// Looks checkouts up with the providers' APIs on one shared QNetworkAccessManager.
// Without an account name, every account whose provider matches the id's format is asked in
// order and the first that finds the checkout wins.
class LookupService : public QObject {
    Q_OBJECT

public:
    // `nam` and `keys` must outlive the service. Destroying the service aborts its jobs
    // without emitting their `finished`.
    LookupService(QNetworkAccessManager *nam, KeyProvider *keys, QObject *parent = nullptr);
    ~LookupService() override;

    void setAccounts(const QList<Account> &accounts);
    QList<Account> accounts() const { return m_accounts; }
    // The base URL of the account named, or an empty URL.
    QUrl baseUrlOf(const QString &accountName) const;

    // Starts a lookup of a bare id or a pasted checkout URL. The job finishes later, exactly
    // once; connect to LookupJob::finished right away.
    LookupJob *lookup(const QString &input, const QString &accountName = {});
    // Cancels these jobs (each as LookupJob::cancel) together: none still queued behind
    // another's request is sent while the others are being canceled.
    void cancel(const QList<LookupJob *> &jobs);

    // For tests and tuning; they apply to lookups started afterwards.
    void setTimeouts(const NetworkTimeouts &timeouts) { m_timeouts = timeouts; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setMaxRequestsPerHost(int count);
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    NetworkTimeouts timeouts() const { return m_timeouts; }
    RetryPolicy retryPolicy() const { return m_retry; }

private:
    QNetworkAccessManager *m_nam;
    KeyProvider *m_keys;
    HostLimiter *m_limiter;
    ConnectionWarmer m_warmer;
    QList<Account> m_accounts;
    NetworkTimeouts m_timeouts;
    RetryPolicy m_retry;
    std::function<QDateTime()> m_now;
};

} // namespace Paydesk

Q_DECLARE_METATYPE(Paydesk::LookupOutcome)
