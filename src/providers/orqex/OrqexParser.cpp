#include "providers/orqex/OrqexParser.h"

#include "domain/Currency.h"
#include "domain/JsonRead.h"
#include "providers/orqex/OrqexProvider.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Paydesk {

namespace {

using namespace JsonRead;

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::OrqexParser)
};

// Orqex `amount` objects: {value (major x 100), formatted, short, currency}. Negative amounts
// are not amounts a checkout can have: they read as absent.
std::optional<Money> amountOf(const QJsonObject &amount) {
    const QString currency = string(amount, QLatin1String("currency")).trimmed();
    if (!isCurrencyCode(currency))
        return std::nullopt;
    std::optional<Money> money = orqexMoney(amount.value(QLatin1String("value")), currency);
    if (money && money->isNegative())
        return std::nullopt;
    return money;
}

std::optional<Customer> customerOf(const QJsonObject &json) {
    Customer customer;
    customer.id = string(json, QLatin1String("id"));
    const QString first = string(json, QLatin1String("first_name")).trimmed();
    const QString last = string(json, QLatin1String("last_name")).trimmed();
    customer.name = QString(first + u' ' + last).trimmed();
    if (customer.name.isEmpty())
        customer.name = string(json, QLatin1String("name")).trimmed();
    customer.email = string(json, QLatin1String("email"));
    customer.phone = string(json, QLatin1String("phone"));
    customer.avatarUrl = webUrl(json, QLatin1String("avatar_url"));
    if (customer.id.isEmpty() && customer.name.isEmpty() && customer.email.isEmpty()
        && customer.phone.isEmpty() && customer.avatarUrl.isEmpty())
        return std::nullopt;
    return customer;
}

std::optional<PaymentMethod> methodOf(const QJsonObject &json) {
    PaymentMethod method;
    method.code = string(json, QLatin1String("value"));
    if (method.code.isEmpty())
        method.code = string(json, QLatin1String("code"));
    method.label = string(json, QLatin1String("label"));
    method.category = string(json, QLatin1String("category"));
    method.iconUrl = webUrl(json, QLatin1String("icon_url"));
    if (method.code.isEmpty() && method.label.isEmpty())
        return std::nullopt;
    return method;
}

std::optional<AttemptFailure> failureOf(const QJsonObject &json) {
    AttemptFailure failure;
    const QJsonValue code = json.value(QLatin1String("code"));
    if (code.isObject()) {
        const QJsonObject codeObject = code.toObject();
        failure.code = string(codeObject, QLatin1String("value"));
        failure.category = string(codeObject, QLatin1String("category"));
        failure.message = string(codeObject, QLatin1String("message"));
    } else {
        failure.code = string(json, QLatin1String("code"));
    }
    if (failure.category.isEmpty())
        failure.category = string(json, QLatin1String("category"));
    if (const QString message = string(json, QLatin1String("message")); !message.isEmpty())
        failure.message = message;
    if (failure.code.isEmpty() && failure.category.isEmpty() && failure.message.isEmpty())
        return std::nullopt;
    return failure;
}

// The docs' plain number (from the payment's currency to the attempt's), or the SDK's object.
std::optional<ExchangeRate> exchangeRateOf(const QJsonValue &json, const QString &paymentCurrency,
                                           const QString &attemptCurrency) {
    ExchangeRate rate;
    if (json.isObject()) {
        const QJsonObject object = json.toObject();
        rate.value = decimalText(object.value(QLatin1String("value")));
        rate.from = string(object, QLatin1String("from_currency")).trimmed().toUpper();
        rate.to = string(object, QLatin1String("to_currency")).trimmed().toUpper();
    } else if (json.isDouble() || json.isString()) {
        rate.value = decimalText(json);
        rate.from = paymentCurrency;
        rate.to = attemptCurrency.isEmpty() ? paymentCurrency : attemptCurrency;
        // A rate of 1 between the same currency is no conversion at all.
        if (rate.value == QLatin1String("1") && rate.from == rate.to)
            return std::nullopt;
    }
    if (rate.value.isEmpty())
        return std::nullopt;
    if (!rate.from.isEmpty() && !isCurrencyCode(rate.from))
        rate.from.clear();
    if (!rate.to.isEmpty() && !isCurrencyCode(rate.to))
        rate.to.clear();
    return rate;
}

Attempt attemptOf(const QJsonObject &json) {
    Attempt attempt;
    attempt.id = string(json, QLatin1String("id"));
    attempt.status = string(json, QLatin1String("status"));
    attempt.failure = failureOf(object(json, QLatin1String("failure")));
    const QJsonValue failover = json.value(QLatin1String("failover"));
    if (failover.isObject()) {
        const QJsonObject failoverObject = failover.toObject();
        attempt.failover =
            boolean(failoverObject.value(QLatin1String("is_failover"))).value_or(false);
        attempt.failoverHint = string(failoverObject, QLatin1String("hint"));
    } else {
        attempt.failover = boolean(json.value(QLatin1String("is_fallback"))).value_or(false);
    }
    attempt.gatewayReference =
        string(object(object(json, QLatin1String("gateway")), QLatin1String("transaction")),
               QLatin1String("reference"));
    attempt.nextActionType =
        string(object(json, QLatin1String("next_action")), QLatin1String("type"));
    attempt.amount = amountOf(object(json, QLatin1String("amount")));
    attempt.createdAt = isoTime(json.value(QLatin1String("created_at")));
    attempt.processingAt = isoTime(json.value(QLatin1String("processing_at")));
    attempt.actionRequiredAt = isoTime(json.value(QLatin1String("action_required_at")));
    attempt.completedAt = isoTime(json.value(QLatin1String("completed_at")));
    attempt.failedAt = isoTime(json.value(QLatin1String("failed_at")));
    return attempt;
}

std::optional<Mode> modeOf(const QString &environment) {
    const QString folded = environment.trimmed().toLower();
    if (folded == QLatin1String("sandbox") || folded == QLatin1String("test"))
        return Mode::Test;
    if (folded == QLatin1String("live") || folded == QLatin1String("production"))
        return Mode::Live;
    return std::nullopt;
}

bool isSet(const QJsonValue &value) {
    return value.isString() && !value.toString().trimmed().isEmpty();
}

QDateTime firstValid(std::initializer_list<QDateTime> times) {
    for (const QDateTime &time : times) {
        if (time.isValid())
            return time;
    }
    return {};
}

// A payment still "pending" or "open" says nothing of where its attempt is; the attempt's own
// "processing" or "action_required" tells the operator more, so it refines the status. The
// provider's word is kept as it was.
CheckoutStatus refinedByAttempt(CheckoutStatus status, const QJsonObject &attempt) {
    if (status != CheckoutStatus::Pending && status != CheckoutStatus::Open)
        return status;
    const CheckoutStatus attemptStatus =
        statusFromProviderWord(string(attempt, QLatin1String("status")).trimmed());
    if (attemptStatus == CheckoutStatus::Processing
        || attemptStatus == CheckoutStatus::ActionRequired)
        return attemptStatus;
    return status;
}

// providers.md: payment.status, else checkout.status, else derived from the timestamps.
void setStatus(Checkout &checkout, const QJsonObject &checkoutJson, const QJsonObject &payment,
               const QJsonObject &attempt, const QDateTime &now) {
    QString word = string(payment, QLatin1String("status")).trimmed();
    if (word.isEmpty())
        word = string(checkoutJson, QLatin1String("status")).trimmed();
    if (!word.isEmpty()) {
        checkout.providerStatus = word;
        checkout.status = refinedByAttempt(statusFromProviderWord(word), attempt);
        return;
    }
    if (isSet(payment.value(QLatin1String("completed_at")))) {
        checkout.providerStatus = QStringLiteral("completed");
        checkout.status = CheckoutStatus::Paid;
    } else if (isSet(attempt.value(QLatin1String("failed_at")))) {
        checkout.providerStatus = QStringLiteral("failed");
        checkout.status = CheckoutStatus::Failed;
    } else if (checkout.expiresAt.isValid() && now.isValid() && checkout.expiresAt <= now) {
        checkout.providerStatus = QStringLiteral("expired");
        checkout.status = CheckoutStatus::Expired;
    } else {
        checkout.providerStatus = QStringLiteral("pending");
        checkout.status = CheckoutStatus::Pending;
    }
}

} // namespace

Result<Checkout> parseOrqexCheckout(const QByteArray &body, const QDateTime &now) {
    QString problem;
    const std::optional<QJsonObject> root = parseObject(body, &problem);
    if (!root)
        return badResponse(Text::tr("The Orqex response could not be read: %1.").arg(problem));
    const QJsonObject data = object(*root, QLatin1String("data"));
    const QJsonObject checkoutJson = object(data, QLatin1String("checkout"));
    const QJsonObject payment = object(data, QLatin1String("payment"));
    const QJsonObject attemptJson = object(payment, QLatin1String("active_attempt"));

    Checkout checkout;
    checkout.provider = OrqexProvider::providerKey();
    checkout.id = string(checkoutJson, QLatin1String("id")).trimmed();
    if (checkout.id.isEmpty())
        return badResponse(Text::tr("The Orqex response has no checkout id (data.checkout.id)."));
    checkout.rawJson = body;
    checkout.mode = modeOf(string(checkoutJson, QLatin1String("environment")));

    const QJsonObject amountJson = object(payment, QLatin1String("amount"));
    checkout.amount = amountOf(amountJson);
    checkout.providerAmountText = string(amountJson, QLatin1String("formatted"));

    checkout.customer = customerOf(object(payment, QLatin1String("customer")));
    checkout.method = methodOf(object(attemptJson, QLatin1String("method")));
    if (!attemptJson.isEmpty()) {
        checkout.attempt = attemptOf(attemptJson);
        const QString paymentCurrency =
            checkout.amount ? checkout.amount->currency()
                            : string(amountJson, QLatin1String("currency")).toUpper();
        const QString attemptCurrency =
            checkout.attempt->amount ? checkout.attempt->amount->currency() : QString();
        checkout.exchangeRate = exchangeRateOf(attemptJson.value(QLatin1String("exchange_rate")),
                                               paymentCurrency, attemptCurrency);
    }

    checkout.checkoutUrl = webUrl(checkoutJson, QLatin1String("url"));
    checkout.description = string(payment, QLatin1String("description"));
    checkout.metadata = metadata(payment.value(QLatin1String("metadata")));
    checkout.paymentId = string(payment, QLatin1String("id"));
    checkout.returnUrl = webUrl(payment, QLatin1String("return_url"));

    checkout.createdAt = firstValid({isoTime(checkoutJson.value(QLatin1String("created_at"))),
                                     isoTime(payment.value(QLatin1String("created_at")))});
    checkout.updatedAt = firstValid({isoTime(payment.value(QLatin1String("updated_at"))),
                                     isoTime(checkoutJson.value(QLatin1String("updated_at")))});
    checkout.expiresAt = firstValid({isoTime(payment.value(QLatin1String("expires_at"))),
                                     isoTime(payment.value(QLatin1String("expired_at"))),
                                     isoTime(checkoutJson.value(QLatin1String("expires_at")))});
    checkout.completedAt = firstValid({isoTime(payment.value(QLatin1String("completed_at"))),
                                       isoTime(checkoutJson.value(QLatin1String("completed_at")))});
    setStatus(checkout, checkoutJson, payment, attemptJson, now);
    return checkout;
}

std::optional<Money> orqexMoney(const QJsonValue &value, const QString &currency) {
    return Money::fromJson(value, currency, 2);
}

} // namespace Paydesk
