#pragma once

#include "domain/Account.h"
#include "domain/LookupError.h"
#include "network/NetworkContext.h"
#include "providers/CheckoutId.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Paydesk {

class CheckoutFetch;
class LookupJob;

// Asks the candidate accounts in order until one finds the checkout. When none does, the
// error is the most telling one: a refused key (401, then 403) before other failures, and
// "not found" only when every account said so; it names every account asked.
class AccountResolution : public QObject {
    Q_OBJECT

public:
    AccountResolution(const NetworkContext &context, const CheckoutRef &ref,
                      const QList<Account> &candidates, LookupJob *job);

    void start();
    void abort();

private:
    void askNext();
    void onFetched();
    LookupError combinedError() const;

    NetworkContext m_context;
    CheckoutRef m_ref;
    QList<Account> m_candidates;
    QList<LookupError> m_errors; // one per account asked
    QStringList m_asked;
    LookupJob *m_job;
    QPointer<CheckoutFetch> m_fetch;
    bool m_aborted = false;
};

} // namespace Paydesk
