#pragma once

#include "domain/CheckoutStatus.h"
#include "domain/Money.h"
#include "domain/Provider.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Paydesk {

struct Customer {
    QString id;
    QString name; // as the provider gives it, or once a follow-up request answered
    QString email;
    QString phone;
    QUrl avatarUrl;
};

struct PaymentMethod {
    QString code;     // the provider's open string: "card", "momo_mtn", ...
    QString label;    // the provider's label where it sent one
    QString category; // e.g. "mobile_money", "card"; empty when not sent
    QUrl iconUrl;
};

struct AttemptFailure {
    QString code;
    QString category; // e.g. MERCHANT_CONFIG_ERROR; empty when not sent
    QString message;
};

struct Attempt {
    QString id;
    QString status; // the provider's word; empty when not sent
    std::optional<AttemptFailure> failure;
    bool failover = false;
    QString failoverHint;
    QString gatewayReference;
    QString nextActionType; // "redirect_to_url", "approve_on_phone", ...; empty or "none"
    std::optional<Money> amount;
    QDateTime createdAt;
    QDateTime processingAt;     // the gateway took it, where the provider dates that
    QDateTime actionRequiredAt; // the customer was asked to act, where dated
    QDateTime completedAt;
    QDateTime failedAt;
};

struct ExchangeRate {
    QString value; // decimal string, as exact as the provider sent it
    QString from;  // upper-case ISO code
    QString to;
};

enum class DiscountType { Percentage, Fixed };

struct Discount {
    DiscountType type = DiscountType::Fixed;
    QString percent; // decimal string for Percentage, empty for Fixed
    Money amount;    // how much was taken off
};

struct Fees {
    Money total;
    // Each side's share, as sent or as the total and the allocation determine it; nullopt
    // when the provider did not say and nothing determines it (never an invented zero).
    std::optional<Money> merchant;
    std::optional<Money> customer;
    QString paidBy; // "customer", "merchant", "split", or empty when unknown
};

struct CheckoutItem {
    QString id;
    QString productId;
    Money unitAmount;
    int quantity = 1;
};

// One checkout from either provider, normalized. Optional parts are empty when the provider
// gave nothing for them; the pane hides those sections and JSON writes null.
struct Checkout {
    QString id;
    ProviderKey provider;
    QString account;          // the account it was found with
    std::optional<Mode> mode; // from the response where it says, else set from the account
    CheckoutStatus status = CheckoutStatus::Unknown;
    QString providerStatus; // the provider's own word, or the derivation's, e.g. "completed"

    std::optional<Money> amount;
    std::optional<Money> amountBeforeDiscount;
    std::optional<Discount> discount;
    std::optional<Fees> fees;
    std::optional<Customer> customer;
    std::optional<PaymentMethod> method;
    std::optional<Attempt> attempt;
    std::optional<ExchangeRate> exchangeRate;

    QUrl checkoutUrl;
    QString description;
    QJsonValue metadata; // object or array as sent; Null when absent

    QDateTime createdAt; // all UTC; invalid when absent
    QDateTime updatedAt;
    QDateTime expiresAt;
    QDateTime completedAt;

    // Shown in the pane, not part of interface.md's JSON.
    QString paymentId;          // the provider's payment id, where it has one
    QString providerAmountText; // the provider's own amount text, a cross-check tooltip
    QUrl successUrl;
    QUrl failureUrl;
    QUrl returnUrl;
    QString locale;            // the checkout page's locale, where sent
    QList<CheckoutItem> items; // line items, where the provider has them
    QByteArray rawJson;        // the response body as received
};

} // namespace Paydesk
