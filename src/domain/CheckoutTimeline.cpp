#include "domain/CheckoutTimeline.h"

#include <algorithm>

namespace Paydesk {

QList<CheckoutMoment> checkoutTimeline(const Checkout &checkout, const QDateTime &now) {
    using Kind = CheckoutMoment::Kind;
    QList<CheckoutMoment> moments;
    const auto add = [&moments](Kind kind, const QDateTime &when) {
        if (when.isValid())
            moments.append({kind, when.toUTC()});
    };
    add(Kind::Created, checkout.createdAt);
    if (checkout.attempt) {
        const Attempt &attempt = *checkout.attempt;
        add(Kind::AttemptStarted, attempt.createdAt);
        add(Kind::Processing, attempt.processingAt);
        add(Kind::ActionRequired, attempt.actionRequiredAt);
        add(Kind::AttemptFailed, attempt.failedAt);
        if (!checkout.completedAt.isValid())
            add(Kind::AttemptCompleted, attempt.completedAt);
    }
    add(Kind::Completed, checkout.completedAt);
    if (checkout.expiresAt.isValid()) {
        const bool passed = checkout.status == CheckoutStatus::Expired
                            || (now.isValid() && checkout.expiresAt <= now);
        add(passed ? Kind::Expired : Kind::Expires, checkout.expiresAt);
    }
    if (checkout.updatedAt.isValid() && checkout.updatedAt != checkout.createdAt)
        add(Kind::Updated, checkout.updatedAt);
    std::stable_sort(moments.begin(), moments.end(),
                     [](const CheckoutMoment &a, const CheckoutMoment &b) {
                         if (a.when != b.when)
                             return a.when < b.when;
                         return a.kind < b.kind;
                     });
    return moments;
}

} // namespace Paydesk
