#include "network/CheckoutFetch.h"

#include "domain/ChargilyParser.h"
#include "domain/ErrorResponse.h"
#include "domain/OrqexParser.h"
#include "network/HttpGet.h"
#include "network/NetworkLog.h"
#include "network/ProviderEndpoints.h"

#include <QCoreApplication>

namespace Paydesk {

namespace {
constexpr int maxItemPages = 5;

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

LookupError describeHttpResult(Provider provider, const HttpResult &result) {
    if (result.failure)
        return *result.failure;
    LookupError error = errorFromResponse(provider, result.httpStatus, result.body,
                                          result.requestId, result.retryAfter);
    error.httpStatus = result.httpStatus;
    if (error.requestId.isEmpty())
        error.requestId = result.requestId;
    return error;
}

CheckoutFetch::CheckoutFetch(const NetworkContext &context, const Account &account,
                             const QString &id, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_account(account)
    , m_id(id) {}

CheckoutFetch::~CheckoutFetch() {
    abort();
}

void CheckoutFetch::start() {
    m_context.keys->readKey(m_account.name, this, [this](const KeyResult &key) { onKey(key); });
}

void CheckoutFetch::abort() {
    m_done = true;
    m_key.clear();
    for (HttpGet *request : {m_main.data(), m_customer.data(), m_items.data()}) {
        if (request) {
            request->abort();
            request->deleteLater();
        }
    }
}

void CheckoutFetch::onKey(const KeyResult &key) {
    if (m_done)
        return;
    if (!key.ok()) {
        LookupError error;
        error.kind = ErrorKind::Keychain;
        error.message =
            key.message.isEmpty()
                ? QCoreApplication::translate("Paydesk::CheckoutFetch",
                                              "The key of account “%1” could not be read.")
                      .arg(m_account.name)
                : key.message;
        return finish(error);
    }
    if (!isUsableKey(key.key)) {
        LookupError error;
        error.kind = ErrorKind::Keychain;
        error.message = QCoreApplication::translate(
                            "Paydesk::CheckoutFetch",
                            "The key stored for account “%1” is empty or contains spaces or "
                            "control characters; store it again.")
                            .arg(m_account.name);
        return finish(error);
    }
    m_key = key.key;
    m_main = get(checkoutEndpoint(m_account, m_id));
    connect(m_main, &HttpGet::finished, this, &CheckoutFetch::onCheckout);
    m_main->start();
}

HttpGet *CheckoutFetch::get(const QUrl &url) {
    return new HttpGet(m_context, url, m_key, this);
}

void CheckoutFetch::onCheckout() {
    const HttpResult &http = m_main->result();
    if (!isSuccess(http))
        return finish(describeHttpResult(m_account.provider, http));

    const QDateTime now = m_context.now ? m_context.now() : QDateTime::currentDateTimeUtc();
    Result<Checkout> parsed = m_account.provider == Provider::Orqex
                                  ? parseOrqexCheckout(http.body, now)
                                  : parseChargilyCheckout(http.body);
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

    if (m_account.provider != Provider::Chargily)
        return finish(*m_checkout);

    if (m_checkout->customer && !m_checkout->customer->id.isEmpty()) {
        m_customer = get(chargilyCustomerEndpoint(m_account, m_checkout->customer->id));
        connect(m_customer, &HttpGet::finished, this, &CheckoutFetch::onCustomer);
        m_customer->start();
    }
    fetchItems(1);
}

void CheckoutFetch::fetchItems(int page) {
    m_items = get(chargilyItemsEndpoint(m_account, m_id, page));
    connect(m_items, &HttpGet::finished, this, [this, page] { onItems(page); });
    m_items->start();
}

void CheckoutFetch::onCustomer() {
    const HttpResult &http = m_customer->result();
    if (isSuccess(http)) {
        const Result<Customer> customer = parseChargilyCustomer(http.body);
        if (customer) {
            Customer &target = *m_checkout->customer;
            const Customer &found = customer.value();
            target.name = found.name;
            target.email = found.email;
            target.phone = found.phone;
            if (found.avatarUrl.isValid())
                target.avatarUrl = found.avatarUrl;
        } else {
            qCInfo(lcNet) << "Unreadable customer of" << m_id << customer.error().message;
        }
    } else {
        qCInfo(lcNet) << "No customer for" << m_id
                      << describeHttpResult(Provider::Chargily, http).message;
    }
    m_customer->deleteLater();
    m_customer = nullptr;
    finishIfComplete();
}

void CheckoutFetch::onItems(int page) {
    const HttpResult &http = m_items->result();
    m_items->deleteLater();
    m_items = nullptr;
    if (isSuccess(http)) {
        const Result<ChargilyItemsPage> items = parseChargilyItems(http.body);
        if (items) {
            m_checkout->items += items.value().items;
            if (items.value().lastPage > page && page < maxItemPages) {
                fetchItems(page + 1);
                return;
            }
        } else {
            qCInfo(lcNet) << "Unreadable items of" << m_id << items.error().message;
        }
    } else {
        qCInfo(lcNet) << "No items for" << m_id
                      << describeHttpResult(Provider::Chargily, http).message;
    }
    finishIfComplete();
}

void CheckoutFetch::finishIfComplete() {
    if (!m_customer && !m_items)
        finish(*m_checkout);
}

void CheckoutFetch::finish(Result<Checkout> result) {
    if (m_done)
        return;
    m_result = std::move(result);
    abort();
    Q_EMIT finished();
}

} // namespace Paydesk
