#include "network/CheckoutFetch.h"

#include "domain/ErrorResponse.h"
#include "network/HttpGet.h"
#include "network/NetworkErrors.h"
#include "network/NetworkLog.h"
#include "providers/Endpoint.h"
#include "providers/ProviderRegistry.h"

#include <QCoreApplication>

namespace Paydesk {

namespace {

// Printable ASCII only: nothing that could end the Authorization header or add another.
bool isUsableKey(const QString &key) {
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

bool isSuccess(const HttpResult &result) {
    return !result.failure && result.httpStatus >= 200 && result.httpStatus < 300;
}
} // namespace

LookupError describeHttpResult(const QString &providerName, const HttpResult &result) {
    if (result.failure)
        return *result.failure;
    LookupError error = errorFromResponse(providerName, result.httpStatus, result.body,
                                          result.requestId, result.retryAfter);
    error.httpStatus = result.httpStatus;
    if (error.requestId.isEmpty())
        error.requestId = result.requestId;
    return error;
}

CheckoutFetch::CheckoutFetch(const NetworkContext &context, const Account &account,
                             const QString &id, QObject *parent)
    : Job(parent)
    , m_context(context)
    , m_account(account)
    , m_id(id)
    , m_provider(ProviderRegistry::find(account.provider)) {}

void CheckoutFetch::start() {
    m_context.keys->readKey(m_account.name, this, [this](const KeyResult &key) { onKey(key); });
}

void CheckoutFetch::stopWork() {
    m_key.clear();
    dismiss(m_main);
    for (HttpGet *request : std::as_const(m_followUps))
        dismiss(request);
    m_followUps.clear();
}

void CheckoutFetch::onKey(const KeyResult &key) {
    if (isSettled())
        return; // canceled while the keychain was being read
    if (!key.ok()) {
        return finish(lookupError(
            ErrorKind::Keychain,
            key.message.isEmpty()
                ? QCoreApplication::translate("Paydesk::CheckoutFetch",
                                              "The key of account “%1” could not be read.")
                      .arg(m_account.name)
                : key.message));
    }
    if (!isUsableKey(key.key)) {
        return finish(lookupError(ErrorKind::Keychain,
                                  QCoreApplication::translate(
                                      "Paydesk::CheckoutFetch",
                                      "The key stored for account “%1” is empty or contains spaces "
                                      "or control characters; store it again.")
                                      .arg(m_account.name)));
    }
    if (!m_provider) {
        return finish(lookupError(
            ErrorKind::NoAccount,
            QCoreApplication::translate("Paydesk::CheckoutFetch",
                                        "Account “%1” is for a provider this Paydesk does not "
                                        "know (“%2”).")
                .arg(m_account.name, m_account.provider)));
    }
    m_key = key.key;
    m_main = get(m_provider->checkoutPath(m_id));
    connect(m_main, &HttpGet::finished, this, &CheckoutFetch::onCheckout);
    m_main->start();
}

HttpGet *CheckoutFetch::get(const QStringList &path, const QUrlQuery &query) {
    return new HttpGet(m_context, endpointUrl(m_account.baseUrl, path, query), m_key, this);
}

void CheckoutFetch::onCheckout(const HttpResult &http) {
    if (!isSuccess(http))
        return finish(describeHttpResult(m_provider->displayName(), http));

    const QDateTime now = m_context.now ? m_context.now() : QDateTime::currentDateTimeUtc();
    Result<Checkout> parsed = m_provider->parseCheckout(http.body, now);
    if (!parsed) {
        LookupError error = parsed.error();
        error.httpStatus = http.httpStatus;
        error.requestId = http.requestId;
        return finish(error);
    }
    Checkout checkout = std::move(parsed).value();
    checkout.account = m_account.name;
    if (!checkout.mode)
        checkout.mode = m_account.mode;
    m_checkout = std::move(checkout);

    const QList<FollowUp> requests = m_provider->followUps(*m_checkout);
    if (requests.isEmpty())
        return finish(*m_checkout);
    for (const FollowUp &request : requests)
        follow(request);
}

void CheckoutFetch::follow(const FollowUp &request) {
    HttpGet *followUp = get(request.path, request.query);
    m_followUps.append(followUp);
    connect(followUp, &HttpGet::finished, this, [this, followUp, request](const HttpResult &http) {
        onFollowUp(followUp, request, http);
    });
    followUp->start();
}

void CheckoutFetch::onFollowUp(HttpGet *followUp, const FollowUp &request, const HttpResult &http) {
    m_followUps.removeAll(followUp);
    dismiss(followUp);
    if (isSuccess(http)) {
        QString problem;
        if (const std::optional<FollowUp> next = request.merge(http.body, *m_checkout, &problem))
            follow(*next);
        else if (!problem.isEmpty())
            qCInfo(lcNet) << "Unreadable follow-up of" << m_id << problem;
    } else {
        qCInfo(lcNet) << "No follow-up for" << m_id
                      << describeHttpResult(m_provider->displayName(), http).message;
    }
    if (m_followUps.isEmpty())
        finish(*m_checkout);
}

void CheckoutFetch::finish(const Result<Checkout> &result) {
    if (settle())
        Q_EMIT finished(result);
}

} // namespace Paydesk
