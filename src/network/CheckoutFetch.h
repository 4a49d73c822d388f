#pragma once

#include "domain/Account.h"
#include "domain/Checkout.h"
#include "domain/KeyProvider.h"
#include "domain/Result.h"
#include "network/Job.h"
#include "network/NetworkContext.h"
#include "providers/PaymentProvider.h"

#include <QPointer>

namespace Paydesk {

class HttpGet;
struct HttpResult;

// One checkout from one account: reads the account's key, fetches the checkout and then the
// provider's follow-up requests in parallel (their failure never hides the checkout).
// Emits finished() once, after start() returned.
class CheckoutFetch : public Job {
    Q_OBJECT

public:
    CheckoutFetch(const NetworkContext &context, const Account &account, const QString &id,
                  QObject *parent);
    ~CheckoutFetch() override { settle(); }

    void start();

Q_SIGNALS:
    void finished(const Paydesk::Result<Paydesk::Checkout> &result);

private:
    void stopWork() override;
    void onKey(const KeyResult &key);
    HttpGet *get(const QStringList &path, const QUrlQuery &query = {});
    void onCheckout(const HttpResult &http);
    void follow(const FollowUp &request);
    void onFollowUp(HttpGet *get, const FollowUp &request, const HttpResult &http);
    void finish(const Result<Checkout> &result);

    NetworkContext m_context;
    Account m_account;
    QString m_id;
    QString m_key;                               // held only while requests are being made
    const PaymentProvider *m_provider = nullptr; // the account's, or nullptr when unknown
    QPointer<HttpGet> m_main;
    QList<QPointer<HttpGet>> m_followUps; // in flight
    std::optional<Checkout> m_checkout;
};

// The error for a provider's non-2xx answer or an unusable body, with status and request id.
LookupError describeHttpResult(const QString &providerName, const HttpResult &result);

} // namespace Paydesk
