#pragma once

#include "domain/Checkout.h"

#include <QList>

namespace Paydesk {

// The parts of a checkout an operator watches between two lookups of it.
enum class CheckoutField {
    Status,               // the normalized status or the provider's own word
    Amount,               // what the customer pays
    AmountBeforeDiscount, // before the discount
    Discount,             // its type, percent or amount
    Fees,                 // total, merchant's and customer's shares, who pays
    Method,               // the payment method's code or label
    AttemptId,            // a new attempt
    AttemptStatus,        // the attempt's own status word
    NextAction,           // what the customer is asked to do
    Failure,              // the attempt's failure code, category or message
    CustomerName,
    CustomerEmail,
    CustomerPhone,
};

// Every watched field that differs between two lookups of the same checkout, in the order of
// CheckoutField; empty when nothing an operator watches has changed. A part that appears or
// disappears (a customer, a failure) counts as a change; times, links and the raw body do not.
QList<CheckoutField> changedFields(const Checkout &before, const Checkout &after);

} // namespace Paydesk
