#include "providers/chargily/ChargilyParser.h"

#include "domain/Currency.h"
#include "domain/JsonRead.h"
#include "providers/chargily/ChargilyProvider.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Paydesk {

namespace {

using namespace JsonRead;

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::ChargilyParser)
};

// Whole dinars; a negative amount is not something a checkout can have: it reads as absent.
std::optional<Money> amountOf(const QJsonValue &value, const QString &currency) {
    if (currency.isEmpty())
        return std::nullopt;
    std::optional<Money> money = Money::fromJson(value, currency);
    if (money && money->isNegative())
        return std::nullopt;
    return money;
}

// Chargily sends "dzd"; a missing currency is the only one it supports.
QString currencyOf(const QJsonObject &json) {
    const QJsonValue value = json.value(QLatin1String("currency"));
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("DZD");
    const QString code = value.toString().trimmed().toUpper();
    return isCurrencyCode(code) ? code : QString();
}

std::optional<LookupError> wrongEntity(const QJsonObject &json, QLatin1String expected) {
    const QJsonValue entity = json.value(QLatin1String("entity"));
    if (entity.isString() && entity.toString() != expected)
        return badResponse(Text::tr("The Chargily response describes a \"%1\", not a \"%2\".")
                               .arg(entity.toString().left(40), expected));
    return std::nullopt;
}

QString methodLabel(const QString &code) {
    if (code == QLatin1String("edahabia"))
        return QStringLiteral("EDAHABIA");
    if (code == QLatin1String("cib"))
        return QStringLiteral("CIB");
    if (code == QLatin1String("chargily_app"))
        return QStringLiteral("Chargily App");
    return code;
}

void setDiscount(Checkout &checkout, const QJsonObject &json, const QString &currency) {
    const QJsonValue discountJson = json.value(QLatin1String("discount"));
    const std::optional<Money> before =
        amountOf(json.value(QLatin1String("amount_without_discount")), currency);
    // No discount: discount null, or amount_without_discount null or 0.
    if (!discountJson.isObject() || !before || before->isZero())
        return;
    const QJsonObject discountObject = discountJson.toObject();
    std::optional<Money> taken;
    if (checkout.amount) {
        taken = before->minus(*checkout.amount);
        if (taken && taken->isNegative())
            return; // a "discount" that raises the price is not one
    }

    Discount discount;
    const QString type = string(discountObject, QLatin1String("type")).trimmed().toLower();
    if (type == QLatin1String("percentage")) {
        discount.type = DiscountType::Percentage;
        discount.percent = decimalText(discountObject.value(QLatin1String("value")));
        if (!taken)
            return;
    } else {
        discount.type = DiscountType::Fixed;
        if (!taken)
            taken = amountOf(discountObject.value(QLatin1String("value")), currency);
        if (!taken)
            return;
    }
    discount.amount = *taken;
    checkout.discount = discount;
    checkout.amountBeforeDiscount = before;
}

QString feesPaidBy(const QJsonObject &json) {
    const QString allocation =
        string(json, QLatin1String("chargily_pay_fees_allocation")).trimmed().toLower();
    if (allocation == QLatin1String("customer") || allocation == QLatin1String("merchant")
        || allocation == QLatin1String("split"))
        return allocation;
    if (!allocation.isEmpty())
        return {};
    // The deprecated flag, where the allocation is missing.
    const std::optional<bool> passed = boolean(json.value(QLatin1String("pass_fees_to_customer")));
    if (!passed)
        return {};
    return *passed ? QStringLiteral("customer") : QStringLiteral("merchant");
}

// A share of `total` that is `total` minus the other share; nullopt when that is negative
// (the two sent do not add up) or not computable.
std::optional<Money> rest(const Money &total, const Money &other) {
    std::optional<Money> share = total.minus(other);
    if (share && share->isNegative())
        return std::nullopt;
    return share;
}

// fees = fees_on_merchant + fees_on_customer (providers.md). Older and webhook bodies may send
// only `fees`: then a side is known only where the allocation puts all of it on one side.
void setFees(Checkout &checkout, const QJsonObject &json, const QString &currency) {
    const std::optional<Money> total = amountOf(json.value(QLatin1String("fees")), currency);
    if (!total)
        return;
    Fees fees;
    fees.total = *total;
    fees.paidBy = feesPaidBy(json);
    fees.merchant = amountOf(json.value(QLatin1String("fees_on_merchant")), currency);
    fees.customer = amountOf(json.value(QLatin1String("fees_on_customer")), currency);
    if (!fees.merchant && fees.customer)
        fees.merchant = rest(*total, *fees.customer);
    if (!fees.customer && fees.merchant)
        fees.customer = rest(*total, *fees.merchant);
    if (!fees.merchant && !fees.customer) {
        const std::optional<Money> none = total->minus(*total);
        if (fees.paidBy == QLatin1String("customer")) {
            fees.customer = total;
            fees.merchant = none;
        } else if (fees.paidBy == QLatin1String("merchant")) {
            fees.merchant = total;
            fees.customer = none;
        }
    }
    checkout.fees = fees;
}

std::optional<Mode> modeOf(const QJsonValue &livemode) {
    const std::optional<bool> live = boolean(livemode);
    if (!live)
        return std::nullopt;
    return *live ? Mode::Live : Mode::Test;
}

} // namespace

Result<Checkout> parseChargilyCheckout(const QByteArray &body) {
    QString problem;
    const std::optional<QJsonObject> root = parseObject(body, &problem);
    if (!root)
        return badResponse(Text::tr("The Chargily response could not be read: %1.").arg(problem));
    const QJsonObject &json = *root;
    if (const std::optional<LookupError> error = wrongEntity(json, QLatin1String("checkout")))
        return *error;

    Checkout checkout;
    checkout.provider = ChargilyProvider::providerKey();
    checkout.id = string(json, QLatin1String("id")).trimmed();
    if (checkout.id.isEmpty())
        return badResponse(Text::tr("The Chargily response has no checkout id (id)."));
    checkout.rawJson = body;
    checkout.mode = modeOf(json.value(QLatin1String("livemode")));
    checkout.providerStatus = string(json, QLatin1String("status")).trimmed();
    checkout.status = statusFromProviderWord(checkout.providerStatus);

    const QString currency = currencyOf(json);
    checkout.amount = amountOf(json.value(QLatin1String("amount")), currency);
    setDiscount(checkout, json, currency);
    setFees(checkout, json, currency);

    if (const QString customerId = string(json, QLatin1String("customer_id")).trimmed();
        !customerId.isEmpty()) {
        Customer customer;
        customer.id = customerId;
        checkout.customer = customer;
    }
    if (const QString code = string(json, QLatin1String("payment_method")).trimmed();
        !code.isEmpty()) {
        PaymentMethod method;
        method.code = code;
        method.label = methodLabel(code);
        checkout.method = method;
    }

    checkout.checkoutUrl = webUrl(json, QLatin1String("checkout_url"));
    if (checkout.checkoutUrl.isEmpty())
        checkout.checkoutUrl = webUrl(json, QLatin1String("url")); // webhook payloads
    checkout.successUrl = webUrl(json, QLatin1String("success_url"));
    checkout.failureUrl = webUrl(json, QLatin1String("failure_url"));
    checkout.description = string(json, QLatin1String("description"));
    checkout.metadata = metadata(json.value(QLatin1String("metadata")));
    checkout.locale = string(json, QLatin1String("locale"));
    checkout.createdAt = unixTime(json.value(QLatin1String("created_at")));
    checkout.updatedAt = unixTime(json.value(QLatin1String("updated_at")));
    return checkout;
}

Result<Customer> parseChargilyCustomer(const QByteArray &body) {
    QString problem;
    const std::optional<QJsonObject> root = parseObject(body, &problem);
    if (!root)
        return badResponse(Text::tr("The Chargily customer could not be read: %1.").arg(problem));
    if (const std::optional<LookupError> error = wrongEntity(*root, QLatin1String("customer")))
        return *error;
    Customer customer;
    customer.id = string(*root, QLatin1String("id")).trimmed();
    if (customer.id.isEmpty())
        return badResponse(Text::tr("The Chargily customer has no id."));
    customer.name = string(*root, QLatin1String("name")).trimmed();
    customer.email = string(*root, QLatin1String("email")).trimmed();
    customer.phone = string(*root, QLatin1String("phone")).trimmed();
    return customer;
}

Result<ChargilyItemsPage> parseChargilyItems(const QByteArray &body) {
    QString problem;
    const std::optional<QJsonObject> root = parseObject(body, &problem);
    if (!root)
        return badResponse(
            Text::tr("The Chargily checkout items could not be read: %1.").arg(problem));
    const QJsonValue data = root->value(QLatin1String("data"));
    if (!data.isArray())
        return badResponse(Text::tr("The Chargily checkout items have no list (data)."));

    ChargilyItemsPage page;
    const QJsonArray entries = data.toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject json = entry.toObject();
        CheckoutItem item;
        item.id = string(json, QLatin1String("id")).trimmed();
        if (item.id.isEmpty())
            continue;
        item.productId = string(json, QLatin1String("product_id")).trimmed();
        item.unitAmount =
            amountOf(json.value(QLatin1String("amount")), currencyOf(json)).value_or(Money());
        const std::optional<int> quantity = integer(json.value(QLatin1String("quantity")));
        item.quantity = quantity && *quantity >= 0 ? *quantity : 1;
        page.items.append(item);
    }
    page.currentPage = std::max(1, integer(root->value(QLatin1String("current_page"))).value_or(1));
    page.lastPage =
        std::max(page.currentPage, integer(root->value(QLatin1String("last_page"))).value_or(1));
    page.nextPageUrl = webUrl(*root, QLatin1String("next_page_url"));
    return page;
}

} // namespace Paydesk
