#include "network/LookupService.h"

#include "network/AccountResolution.h"
#include "network/HostLimiter.h"
#include "network/NetworkContext.h"
#include "network/NetworkErrors.h"
#include "providers/CheckoutId.h"
#include "providers/ProviderRegistry.h"

#include <QCoreApplication>
#include <QTimer>

namespace Paydesk {

LookupJob::LookupJob(const QString &input, const QString &id, QObject *parent)
    : Job(parent) {
    m_outcome.input = input;
    m_outcome.id = id;
}

void LookupJob::stopWork() {
    dismiss(m_resolution);
}

void LookupJob::canceled() {
    m_outcome.result = lookupError(ErrorKind::Network, tr("The lookup was canceled."));
    m_outcome.canceled = true;
    announce();
}

void LookupJob::finish(const Result<Checkout> &result) {
    if (!settle())
        return;
    m_outcome.result = result;
    announce();
}

void LookupJob::announce() {
    Q_EMIT finished(m_outcome);
    deleteLater();
}

LookupService::LookupService(QNetworkAccessManager *nam, KeyProvider *keys, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_keys(keys)
    , m_limiter(new HostLimiter(defaultMaxRequestsPerHost, this))
    , m_warmer(nam) {}

LookupService::~LookupService() {
    // Jobs in flight go first: their requests still talk to the limiter.
    const QList<LookupJob *> jobs = findChildren<LookupJob *>(Qt::FindDirectChildrenOnly);
    for (LookupJob *job : jobs)
        delete job;
}

void LookupService::setAccounts(const QList<Account> &accounts) {
    m_accounts = accounts;
}

QUrl LookupService::baseUrlOf(const QString &accountName) const {
    for (const Account &account : m_accounts) {
        if (account.name == accountName)
            return account.baseUrl;
    }
    return {};
}

void LookupService::setMaxRequestsPerHost(int count) {
    m_limiter->setMaxPerOrigin(count);
}

void LookupService::cancel(const QList<LookupJob *> &jobs) {
    m_limiter->hold();
    for (LookupJob *job : jobs) {
        if (job)
            job->cancel();
    }
    m_limiter->resume();
}

LookupJob *LookupService::lookup(const QString &input, const QString &accountName) {
    const Result<CheckoutRef> ref = recognizeCheckoutId(input);
    auto *job = new LookupJob(input.trimmed(), ref ? ref.value().id : QString(), this);
    const auto finishLater = [job](const LookupError &error) {
        QTimer::singleShot(0, job, [job, error] { job->finish(error); });
    };
    if (!ref) {
        finishLater(ref.error());
        return job;
    }

    QList<Account> candidates;
    if (!accountName.isEmpty()) {
        const auto it = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                     [&](const Account &a) { return a.name == accountName; });
        if (it == m_accounts.cend()) {
            finishLater(lookupError(ErrorKind::NoAccount,
                                    tr("There is no account named “%1”.").arg(accountName)));
            return job;
        }
        if (it->provider != ref.value().provider) {
            finishLater(lookupError(
                ErrorKind::NoAccount,
                tr("Account “%1” is a %2 account, but %3 is a %4 checkout id.")
                    .arg(accountName, ProviderRegistry::displayName(it->provider), ref.value().id,
                         ProviderRegistry::displayName(ref.value().provider))));
            return job;
        }
        candidates << *it;
    } else {
        for (const Account &account : std::as_const(m_accounts)) {
            if (account.provider == ref.value().provider)
                candidates << account;
        }
        if (candidates.isEmpty()) {
            finishLater(lookupError(
                ErrorKind::NoAccount,
                tr("No %1 account is set up to look up %2. Add one with "
                   "“paydesk account add”.")
                    .arg(ProviderRegistry::displayName(ref.value().provider), ref.value().id)));
            return job;
        }
    }

    // The first account asked is asked at once: its connection opens while its key is read.
    m_warmer.warm(candidates.first().baseUrl);

    NetworkContext context;
    context.nam = m_nam;
    context.limiter = m_limiter;
    context.keys = m_keys;
    context.timeouts = m_timeouts;
    context.retry = m_retry;
    context.now = m_now;
    job->m_resolution = new AccountResolution(context, ref.value(), candidates, job);
    connect(job->m_resolution, &AccountResolution::finished, job, &LookupJob::finish);
    QTimer::singleShot(0, job->m_resolution, &AccountResolution::start);
    return job;
}

} // namespace Paydesk
