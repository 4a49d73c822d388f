#pragma once

#include "domain/Checkout.h"

#include <QDateTime>
#include <QList>

namespace Paydesk {

// One known moment in a checkout's life.
struct CheckoutMoment {
    enum class Kind {
        Created,          // the checkout
        AttemptStarted,   // the customer chose a method and an attempt began
        Processing,       // the gateway took the attempt
        ActionRequired,   // the customer was asked to act (approve on the phone, an OTP...)
        AttemptFailed,    // the attempt failed
        AttemptCompleted, // the attempt succeeded, where the checkout gives no time of its own
        Completed,        // the checkout was paid
        Expired,          // the expiry time, passed
        Expires,          // the expiry time, still to come
        Updated,          // the provider's last change, where it differs from the creation
    };
    Kind kind = Kind::Created;
    QDateTime when; // UTC

    bool operator==(const CheckoutMoment &other) const {
        return kind == other.kind && when == other.when;
    }
};

// The checkout's known moments, earliest first (moments at the same instant in the order of
// Kind), from whatever the provider sent: Chargily only dates creation and the last update,
// Orqex also dates the attempt's steps, completion and expiry. `now` tells an expiry that has
// passed from one to come.
QList<CheckoutMoment> checkoutTimeline(const Checkout &checkout, const QDateTime &now);

} // namespace Paydesk
