#pragma once

#include "domain/Account.h"
#include "domain/Checkout.h"
#include "domain/LookupError.h"
#include "domain/Result.h"
#include "network/Job.h"
#include "network/NetworkContext.h"
#include "providers/CheckoutId.h"

#include <QList>
#include <QPointer>

namespace Paydesk {

class CheckoutFetch;

// Asks the candidate accounts in order until one finds the checkout. When none does, the
// error is the most telling one: a refused key (401, then 403) before other failures, and
// "not found" only when every account said so; it names every account asked.
class AccountResolution : public Job {
    Q_OBJECT

public:
    AccountResolution(const NetworkContext &context, const CheckoutRef &ref,
                      const QList<Account> &candidates, QObject *parent);
    ~AccountResolution() override { settle(); }

    // Does nothing once canceled: the start is queued, the cancel may come first.
    void start() {
        if (!isSettled())
            askNext();
    }

Q_SIGNALS:
    void finished(const Paydesk::Result<Paydesk::Checkout> &result);

private:
    void stopWork() override;
    void askNext();
    void onFetched(const QString &account, const Result<Checkout> &result);
    void finish(const Result<Checkout> &result);
    LookupError combinedError() const;

    NetworkContext m_context;
    CheckoutRef m_ref;
    QList<Account> m_candidates;
    QList<LookupError> m_errors; // one per account asked
    QStringList m_asked;
    QPointer<CheckoutFetch> m_fetch;
};

} // namespace Paydesk
