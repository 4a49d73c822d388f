#include "storage/CheckoutRecord.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

// Writers leave out what is empty, readers take a missing key as empty.

void putText(QJsonObject &object, const QString &key, const QString &value) {
    if (!value.isEmpty())
        object.insert(key, value);
}

void putUrl(QJsonObject &object, const QString &key, const QUrl &value) {
    if (value.isValid() && !value.isEmpty())
        object.insert(key, value.toString(QUrl::FullyEncoded));
}

void putTime(QJsonObject &object, const QString &key, const QDateTime &value) {
    if (value.isValid())
        object.insert(key, value.toUTC().toString(Qt::ISODateWithMs));
}

QJsonObject moneyRecord(const Money &money) {
    // Units as a string: a qint64 does not fit a JSON number's exact range.
    return QJsonObject{{u"units"_s, QString::number(money.units())},
                       {u"scale"_s, money.scale()},
                       {u"currency"_s, money.currency()}};
}

void putMoney(QJsonObject &object, const QString &key, const std::optional<Money> &money) {
    if (money && money->isValid())
        object.insert(key, moneyRecord(*money));
}

QString text(const QJsonObject &object, const QString &key) {
    return object.value(key).toString();
}

QUrl url(const QJsonObject &object, const QString &key) {
    const QString value = text(object, key);
    // A file edited by hand may hold anything: what is no valid URL reads as none, as it
    // would be written.
    const QUrl parsed = value.isEmpty() ? QUrl() : QUrl(value, QUrl::StrictMode);
    return parsed.isValid() ? parsed : QUrl();
}

QDateTime time(const QJsonObject &object, const QString &key) {
    const QString value = text(object, key);
    return value.isEmpty() ? QDateTime() : QDateTime::fromString(value, Qt::ISODateWithMs).toUTC();
}

std::optional<Money> money(const QJsonObject &object, const QString &key) {
    const QJsonObject record = object.value(key).toObject();
    if (record.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 units = text(record, u"units"_s).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return Money::fromUnits(units, record.value(u"scale"_s).toInt(-1), text(record, u"currency"_s));
}

Money moneyOrInvalid(const QJsonObject &object, const QString &key) {
    return money(object, key).value_or(Money());
}

QJsonObject customerRecord(const Customer &customer) {
    QJsonObject object;
    putText(object, u"id"_s, customer.id);
    putText(object, u"name"_s, customer.name);
    putText(object, u"email"_s, customer.email);
    putText(object, u"phone"_s, customer.phone);
    putUrl(object, u"avatar_url"_s, customer.avatarUrl);
    return object;
}

Customer customerFrom(const QJsonObject &object) {
    Customer customer;
    customer.id = text(object, u"id"_s);
    customer.name = text(object, u"name"_s);
    customer.email = text(object, u"email"_s);
    customer.phone = text(object, u"phone"_s);
    customer.avatarUrl = url(object, u"avatar_url"_s);
    return customer;
}

QJsonObject methodRecord(const PaymentMethod &method) {
    QJsonObject object;
    putText(object, u"code"_s, method.code);
    putText(object, u"label"_s, method.label);
    putText(object, u"category"_s, method.category);
    putUrl(object, u"icon_url"_s, method.iconUrl);
    return object;
}

PaymentMethod methodFrom(const QJsonObject &object) {
    PaymentMethod method;
    method.code = text(object, u"code"_s);
    method.label = text(object, u"label"_s);
    method.category = text(object, u"category"_s);
    method.iconUrl = url(object, u"icon_url"_s);
    return method;
}

QJsonObject attemptRecord(const Attempt &attempt) {
    QJsonObject object;
    putText(object, u"id"_s, attempt.id);
    putText(object, u"status"_s, attempt.status);
    if (attempt.failure) {
        QJsonObject failure;
        putText(failure, u"code"_s, attempt.failure->code);
        putText(failure, u"category"_s, attempt.failure->category);
        putText(failure, u"message"_s, attempt.failure->message);
        object.insert(u"failure"_s, failure);
    }
    if (attempt.failover)
        object.insert(u"failover"_s, true);
    putText(object, u"failover_hint"_s, attempt.failoverHint);
    putText(object, u"gateway_reference"_s, attempt.gatewayReference);
    putText(object, u"next_action_type"_s, attempt.nextActionType);
    putMoney(object, u"amount"_s, attempt.amount);
    putTime(object, u"created_at"_s, attempt.createdAt);
    putTime(object, u"processing_at"_s, attempt.processingAt);
    putTime(object, u"action_required_at"_s, attempt.actionRequiredAt);
    putTime(object, u"completed_at"_s, attempt.completedAt);
    putTime(object, u"failed_at"_s, attempt.failedAt);
    return object;
}

Attempt attemptFrom(const QJsonObject &object) {
    Attempt attempt;
    attempt.id = text(object, u"id"_s);
    attempt.status = text(object, u"status"_s);
    if (object.contains(u"failure"_s)) {
        const QJsonObject failure = object.value(u"failure"_s).toObject();
        attempt.failure = AttemptFailure{text(failure, u"code"_s), text(failure, u"category"_s),
                                         text(failure, u"message"_s)};
    }
    attempt.failover = object.value(u"failover"_s).toBool();
    attempt.failoverHint = text(object, u"failover_hint"_s);
    attempt.gatewayReference = text(object, u"gateway_reference"_s);
    attempt.nextActionType = text(object, u"next_action_type"_s);
    attempt.amount = money(object, u"amount"_s);
    attempt.createdAt = time(object, u"created_at"_s);
    attempt.processingAt = time(object, u"processing_at"_s);
    attempt.actionRequiredAt = time(object, u"action_required_at"_s);
    attempt.completedAt = time(object, u"completed_at"_s);
    attempt.failedAt = time(object, u"failed_at"_s);
    return attempt;
}

QJsonArray itemsRecord(const QList<CheckoutItem> &items) {
    QJsonArray array;
    for (const CheckoutItem &item : items) {
        QJsonObject object;
        putText(object, u"id"_s, item.id);
        putText(object, u"product_id"_s, item.productId);
        putMoney(object, u"unit_amount"_s, item.unitAmount);
        object.insert(u"quantity"_s, item.quantity);
        array.append(object);
    }
    return array;
}

QList<CheckoutItem> itemsFrom(const QJsonArray &array) {
    QList<CheckoutItem> items;
    items.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        CheckoutItem item;
        item.id = text(object, u"id"_s);
        item.productId = text(object, u"product_id"_s);
        item.unitAmount = moneyOrInvalid(object, u"unit_amount"_s);
        item.quantity = object.value(u"quantity"_s).toInt(1);
        items.append(item);
    }
    return items;
}

} // namespace

QJsonObject checkoutToRecord(const Checkout &checkout) {
    QJsonObject object;
    object.insert(u"id"_s, checkout.id);
    object.insert(u"provider"_s, checkout.provider);
    putText(object, u"account"_s, checkout.account);
    if (checkout.mode)
        object.insert(u"mode"_s, modeKey(*checkout.mode));
    object.insert(u"status"_s, statusKey(checkout.status));
    putText(object, u"provider_status"_s, checkout.providerStatus);
    putMoney(object, u"amount"_s, checkout.amount);
    putMoney(object, u"amount_before_discount"_s, checkout.amountBeforeDiscount);
    if (checkout.discount) {
        QJsonObject discount{{u"type"_s, checkout.discount->type == DiscountType::Percentage
                                             ? u"percentage"_s
                                             : u"fixed"_s}};
        putText(discount, u"percent"_s, checkout.discount->percent);
        putMoney(discount, u"amount"_s, checkout.discount->amount);
        object.insert(u"discount"_s, discount);
    }
    if (checkout.fees) {
        QJsonObject fees;
        putMoney(fees, u"total"_s, checkout.fees->total);
        putMoney(fees, u"merchant"_s, checkout.fees->merchant);
        putMoney(fees, u"customer"_s, checkout.fees->customer);
        putText(fees, u"paid_by"_s, checkout.fees->paidBy);
        object.insert(u"fees"_s, fees);
    }
    if (checkout.customer)
        object.insert(u"customer"_s, customerRecord(*checkout.customer));
    if (checkout.method)
        object.insert(u"method"_s, methodRecord(*checkout.method));
    if (checkout.attempt)
        object.insert(u"attempt"_s, attemptRecord(*checkout.attempt));
    if (checkout.exchangeRate) {
        object.insert(u"exchange_rate"_s, QJsonObject{{u"value"_s, checkout.exchangeRate->value},
                                                      {u"from"_s, checkout.exchangeRate->from},
                                                      {u"to"_s, checkout.exchangeRate->to}});
    }
    putUrl(object, u"checkout_url"_s, checkout.checkoutUrl);
    putText(object, u"description"_s, checkout.description);
    if (!checkout.metadata.isNull() && !checkout.metadata.isUndefined())
        object.insert(u"metadata"_s, checkout.metadata);
    putTime(object, u"created_at"_s, checkout.createdAt);
    putTime(object, u"updated_at"_s, checkout.updatedAt);
    putTime(object, u"expires_at"_s, checkout.expiresAt);
    putTime(object, u"completed_at"_s, checkout.completedAt);
    putText(object, u"payment_id"_s, checkout.paymentId);
    putText(object, u"provider_amount_text"_s, checkout.providerAmountText);
    putUrl(object, u"success_url"_s, checkout.successUrl);
    putUrl(object, u"failure_url"_s, checkout.failureUrl);
    putUrl(object, u"return_url"_s, checkout.returnUrl);
    putText(object, u"locale"_s, checkout.locale);
    if (!checkout.items.isEmpty())
        object.insert(u"items"_s, itemsRecord(checkout.items));
    return object;
}

std::optional<Checkout> checkoutFromRecord(const QJsonObject &object) {
    const ProviderKey provider = text(object, u"provider"_s);
    const QString id = text(object, u"id"_s);
    if (provider.isEmpty() || id.isEmpty())
        return std::nullopt;
    Checkout checkout;
    checkout.id = id;
    checkout.provider = provider;
    checkout.account = text(object, u"account"_s);
    checkout.mode = modeFromKey(text(object, u"mode"_s));
    checkout.status = statusFromKey(text(object, u"status"_s)).value_or(CheckoutStatus::Unknown);
    checkout.providerStatus = text(object, u"provider_status"_s);
    checkout.amount = money(object, u"amount"_s);
    checkout.amountBeforeDiscount = money(object, u"amount_before_discount"_s);
    if (object.contains(u"discount"_s)) {
        const QJsonObject record = object.value(u"discount"_s).toObject();
        Discount discount;
        discount.type = text(record, u"type"_s) == u"percentage"_s ? DiscountType::Percentage
                                                                   : DiscountType::Fixed;
        discount.percent = text(record, u"percent"_s);
        discount.amount = moneyOrInvalid(record, u"amount"_s);
        checkout.discount = discount;
    }
    if (object.contains(u"fees"_s)) {
        const QJsonObject record = object.value(u"fees"_s).toObject();
        checkout.fees = Fees{moneyOrInvalid(record, u"total"_s), money(record, u"merchant"_s),
                             money(record, u"customer"_s), text(record, u"paid_by"_s)};
    }
    if (object.contains(u"customer"_s))
        checkout.customer = customerFrom(object.value(u"customer"_s).toObject());
    if (object.contains(u"method"_s))
        checkout.method = methodFrom(object.value(u"method"_s).toObject());
    if (object.contains(u"attempt"_s))
        checkout.attempt = attemptFrom(object.value(u"attempt"_s).toObject());
    if (object.contains(u"exchange_rate"_s)) {
        const QJsonObject record = object.value(u"exchange_rate"_s).toObject();
        checkout.exchangeRate =
            ExchangeRate{text(record, u"value"_s), text(record, u"from"_s), text(record, u"to"_s)};
    }
    checkout.checkoutUrl = url(object, u"checkout_url"_s);
    checkout.description = text(object, u"description"_s);
    checkout.metadata = object.value(u"metadata"_s);
    if (checkout.metadata.isUndefined())
        checkout.metadata = QJsonValue::Null;
    checkout.createdAt = time(object, u"created_at"_s);
    checkout.updatedAt = time(object, u"updated_at"_s);
    checkout.expiresAt = time(object, u"expires_at"_s);
    checkout.completedAt = time(object, u"completed_at"_s);
    checkout.paymentId = text(object, u"payment_id"_s);
    checkout.providerAmountText = text(object, u"provider_amount_text"_s);
    checkout.successUrl = url(object, u"success_url"_s);
    checkout.failureUrl = url(object, u"failure_url"_s);
    checkout.returnUrl = url(object, u"return_url"_s);
    checkout.locale = text(object, u"locale"_s);
    checkout.items = itemsFrom(object.value(u"items"_s).toArray());
    return checkout;
}

QJsonObject lookupErrorToRecord(const LookupError &error) {
    QJsonObject object{{u"kind"_s, errorKindKey(error.kind)}};
    putText(object, u"message"_s, error.message);
    if (error.httpStatus != 0)
        object.insert(u"http_status"_s, error.httpStatus);
    putText(object, u"request_id"_s, error.requestId);
    if (!error.accountsTried.isEmpty())
        object.insert(u"accounts_tried"_s, QJsonArray::fromStringList(error.accountsTried));
    if (error.retryAfterSeconds >= 0)
        object.insert(u"retry_after"_s, error.retryAfterSeconds);
    return object;
}

std::optional<LookupError> lookupErrorFromRecord(const QJsonObject &object) {
    const std::optional<ErrorKind> kind = errorKindFromKey(text(object, u"kind"_s));
    if (!kind)
        return std::nullopt;
    LookupError error;
    error.kind = *kind;
    error.message = text(object, u"message"_s);
    error.httpStatus = object.value(u"http_status"_s).toInt(0);
    error.requestId = text(object, u"request_id"_s);
    for (const QJsonValue &account : object.value(u"accounts_tried"_s).toArray())
        error.accountsTried << account.toString();
    error.retryAfterSeconds = object.value(u"retry_after"_s).toInt(-1);
    return error;
}

} // namespace Paydesk
