#include "domain/CheckoutChanges.h"

namespace Paydesk {

namespace {

bool sameDiscount(const std::optional<Discount> &a, const std::optional<Discount> &b) {
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->type == b->type && a->percent == b->percent && a->amount == b->amount);
}

bool sameFees(const std::optional<Fees> &a, const std::optional<Fees> &b) {
    if (a.has_value() != b.has_value())
        return false;
    return !a
           || (a->total == b->total && a->merchant == b->merchant && a->customer == b->customer
               && a->paidBy == b->paidBy);
}

bool sameFailure(const std::optional<AttemptFailure> &a, const std::optional<AttemptFailure> &b) {
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->code == b->code && a->category == b->category && a->message == b->message);
}

// A part the provider left out reads as empty text, so "no customer" and "a customer without
// a phone" compare alike: only what an operator would see differ counts.
template <typename Part, typename Read>
QString textOf(const std::optional<Part> &part, Read read) {
    return part ? read(*part) : QString();
}

const std::optional<AttemptFailure> &failureOf(const Checkout &checkout) {
    static const std::optional<AttemptFailure> none;
    return checkout.attempt ? checkout.attempt->failure : none;
}

} // namespace

QList<CheckoutField> changedFields(const Checkout &before, const Checkout &after) {
    QList<CheckoutField> changed;
    const auto check = [&changed](CheckoutField field, bool same) {
        if (!same)
            changed.append(field);
    };
    check(CheckoutField::Status,
          before.status == after.status && before.providerStatus == after.providerStatus);
    check(CheckoutField::Amount, before.amount == after.amount);
    check(CheckoutField::AmountBeforeDiscount,
          before.amountBeforeDiscount == after.amountBeforeDiscount);
    check(CheckoutField::Discount, sameDiscount(before.discount, after.discount));
    check(CheckoutField::Fees, sameFees(before.fees, after.fees));

    const auto methodText = [](const PaymentMethod &m) -> QString {
        return m.code + u'\n' + m.label;
    };
    check(CheckoutField::Method,
          textOf(before.method, methodText) == textOf(after.method, methodText));
    const auto attemptId = [](const Attempt &a) {
        return a.id;
    };
    check(CheckoutField::AttemptId,
          textOf(before.attempt, attemptId) == textOf(after.attempt, attemptId));
    const auto attemptStatus = [](const Attempt &a) {
        return a.status;
    };
    check(CheckoutField::AttemptStatus,
          textOf(before.attempt, attemptStatus) == textOf(after.attempt, attemptStatus));
    // "none" is the provider's way of saying there is nothing to do.
    const auto nextAction = [](const Attempt &a) -> QString {
        return a.nextActionType == QLatin1String("none") ? QString() : a.nextActionType;
    };
    check(CheckoutField::NextAction,
          textOf(before.attempt, nextAction) == textOf(after.attempt, nextAction));
    check(CheckoutField::Failure, sameFailure(failureOf(before), failureOf(after)));

    const auto name = [](const Customer &c) {
        return c.name;
    };
    check(CheckoutField::CustomerName,
          textOf(before.customer, name) == textOf(after.customer, name));
    const auto email = [](const Customer &c) {
        return c.email;
    };
    check(CheckoutField::CustomerEmail,
          textOf(before.customer, email) == textOf(after.customer, email));
    const auto phone = [](const Customer &c) {
        return c.phone;
    };
    check(CheckoutField::CustomerPhone,
          textOf(before.customer, phone) == textOf(after.customer, phone));
    return changed;
}

} // namespace Paydesk
