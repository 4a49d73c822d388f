#pragma once

#include <QString>

#include <optional>

namespace Paydesk {

// The normalized status of interface.md; the provider's own word is kept beside it.
enum class CheckoutStatus {
    Open,
    Pending,
    Processing,
    ActionRequired,
    Paid,
    Failed,
    Expired,
    Canceled,
    Refunded,
    PartiallyRefunded,
    Unknown,
};

QString statusKey(CheckoutStatus status); // "open", "action_required", ...
std::optional<CheckoutStatus> statusFromKey(const QString &key);

// A provider's status word (either provider, any case): "completed", "succeeded" and "paid" are
// Paid, "cancelled" and "canceled" Canceled, "requires_action" ActionRequired...; Unknown for
// words it does not know.
CheckoutStatus statusFromProviderWord(const QString &word);

// True while the customer may still pay (open, pending, processing, action_required).
bool isStatusInProgress(CheckoutStatus status);

} // namespace Paydesk
