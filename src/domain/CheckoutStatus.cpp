#include "domain/CheckoutStatus.h"

#include <array>

namespace Paydesk {

namespace {

struct StatusKey {
    CheckoutStatus status;
    const char *key;
};

constexpr std::array<StatusKey, 11> kStatusKeys{{
    {CheckoutStatus::Open, "open"},
    {CheckoutStatus::Pending, "pending"},
    {CheckoutStatus::Processing, "processing"},
    {CheckoutStatus::ActionRequired, "action_required"},
    {CheckoutStatus::Paid, "paid"},
    {CheckoutStatus::Failed, "failed"},
    {CheckoutStatus::Expired, "expired"},
    {CheckoutStatus::Canceled, "canceled"},
    {CheckoutStatus::Refunded, "refunded"},
    {CheckoutStatus::PartiallyRefunded, "partially_refunded"},
    {CheckoutStatus::Unknown, "unknown"},
}};

} // namespace

QString statusKey(CheckoutStatus status) {
    for (const StatusKey &entry : kStatusKeys) {
        if (entry.status == status)
            return QString::fromLatin1(entry.key);
    }
    return QStringLiteral("unknown");
}

std::optional<CheckoutStatus> statusFromKey(const QString &key) {
    for (const StatusKey &entry : kStatusKeys) {
        if (key == QLatin1String(entry.key))
            return entry.status;
    }
    return std::nullopt;
}

CheckoutStatus statusFromProviderWord(const QString &word) {
    const QString folded = word.trimmed().toLower();
    if (const std::optional<CheckoutStatus> status = statusFromKey(folded))
        return *status;
    if (folded == QLatin1String("requires_action"))
        return CheckoutStatus::ActionRequired;
    if (folded == QLatin1String("completed") || folded == QLatin1String("succeeded"))
        return CheckoutStatus::Paid;
    if (folded == QLatin1String("cancelled"))
        return CheckoutStatus::Canceled;
    return CheckoutStatus::Unknown;
}

bool isStatusInProgress(CheckoutStatus status) {
    switch (status) {
    case CheckoutStatus::Open:
    case CheckoutStatus::Pending:
    case CheckoutStatus::Processing:
    case CheckoutStatus::ActionRequired:
        return true;
    default:
        return false;
    }
}

} // namespace Paydesk
