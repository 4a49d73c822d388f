#pragma once

#include "domain/Checkout.h"

#include <QDateTime>
#include <QString>

namespace Paydesk {

// What the header says beside the status badge, so an operator who reads only the header
// knows where the checkout stands.
struct CheckoutStory {
    enum class Tone { Plain, Problem };
    QString text;    // empty when there is nothing to add to the badge
    QString toolTip; // the exact moment, when the text names one
    Tone tone = Tone::Plain;
};

// Still in progress: the last attempt's failure ("Last attempt failed: Balance too low") or
// what the customer must do ("Waiting for the customer to approve on their phone").
// Final: the moment it became so ("Paid 2 hours ago").
CheckoutStory checkoutStory(const Checkout &checkout, const QDateTime &now);

} // namespace Paydesk
