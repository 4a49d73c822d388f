#pragma once

#include "domain/Account.h"
#include "domain/Checkout.h"
#include "domain/KeyProvider.h"
#include "domain/Result.h"
#include "network/NetworkContext.h"
#include "providers/PaymentProvider.h"

#include <QObject>
#include <QPointer>

namespace Paydesk {

class HttpGet;
struct HttpResult;

// One checkout from one account: reads the account's key, fetches the checkout and then the
// provider's follow-up requests in parallel (their failure never hides the checkout).
// Emits finished() once, after start() returned.
class CheckoutFetch : public QObject {
    Q_OBJECT

public:
    CheckoutFetch(const NetworkContext &context, const Account &account, const QString &id,
                  QObject *parent);
    ~CheckoutFetch() override;

    void start();
    void abort(); // no finished() afterwards

    const Result<Checkout> &result() const { return m_result; }
    const Account &account() const { return m_account; }

Q_SIGNALS:
    void finished();

private:
    void onKey(const KeyResult &key);
    HttpGet *get(const QStringList &path, const QUrlQuery &query = {});
    void onCheckout();
    void follow(const FollowUp &request);
    void onFollowUp(HttpGet *get, const FollowUp &request);
    void finish(Result<Checkout> result);

    NetworkContext m_context;
    Account m_account;
    QString m_id;
    QString m_key;                               // held only while requests are being made
    const PaymentProvider *m_provider = nullptr; // the account's, or nullptr when unknown
    QPointer<HttpGet> m_main;
    QList<QPointer<HttpGet>> m_followUps; // in flight
    std::optional<Checkout> m_checkout;
    Result<Checkout> m_result = LookupError{};
    bool m_done = false;
};

// The error for a provider's non-2xx answer or an unusable body, with status and request id.
LookupError describeHttpResult(const QString &providerName, const HttpResult &result);

} // namespace Paydesk
