#include "gui/lookups/StatusBadge.h"

#include <QCoreApplication>

namespace Paydesk {

namespace {

const char *const context = "StatusBadge";

QColor badgeColor(CheckoutStatus status) {
    switch (status) {
    case CheckoutStatus::Paid:
        return QColor(0x2e, 0x7d, 0x32);
    case CheckoutStatus::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case CheckoutStatus::Open:
    case CheckoutStatus::Pending:
        return QColor(0x15, 0x65, 0xc0);
    case CheckoutStatus::Processing:
    case CheckoutStatus::ActionRequired:
        return QColor(0xe6, 0x5c, 0x00);
    case CheckoutStatus::Refunded:
    case CheckoutStatus::PartiallyRefunded:
        return QColor(0x6a, 0x1b, 0x9a);
    case CheckoutStatus::Expired:
    case CheckoutStatus::Canceled:
    case CheckoutStatus::Unknown:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

} // namespace

QString checkoutStatusText(CheckoutStatus status) {
    switch (status) {
    case CheckoutStatus::Open:
        return QCoreApplication::translate(context, "Open");
    case CheckoutStatus::Pending:
        return QCoreApplication::translate(context, "Pending");
    case CheckoutStatus::Processing:
        return QCoreApplication::translate(context, "Processing");
    case CheckoutStatus::ActionRequired:
        return QCoreApplication::translate(context, "Action required");
    case CheckoutStatus::Paid:
        return QCoreApplication::translate(context, "Paid");
    case CheckoutStatus::Failed:
        return QCoreApplication::translate(context, "Failed");
    case CheckoutStatus::Expired:
        return QCoreApplication::translate(context, "Expired");
    case CheckoutStatus::Canceled:
        return QCoreApplication::translate(context, "Canceled");
    case CheckoutStatus::Refunded:
        return QCoreApplication::translate(context, "Refunded");
    case CheckoutStatus::PartiallyRefunded:
        return QCoreApplication::translate(context, "Partially refunded");
    case CheckoutStatus::Unknown:
        break;
    }
    return QCoreApplication::translate(context, "Unknown");
}

QString errorKindText(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::InvalidId:
        return QCoreApplication::translate(context, "Invalid id");
    case ErrorKind::NotFound:
        return QCoreApplication::translate(context, "Not found");
    case ErrorKind::Unauthorized:
        return QCoreApplication::translate(context, "Unauthorized");
    case ErrorKind::Forbidden:
        return QCoreApplication::translate(context, "Forbidden");
    case ErrorKind::RateLimited:
        return QCoreApplication::translate(context, "Rate limited");
    case ErrorKind::ServerError:
        return QCoreApplication::translate(context, "Server error");
    case ErrorKind::Network:
        return QCoreApplication::translate(context, "Network error");
    case ErrorKind::Timeout:
        return QCoreApplication::translate(context, "Timed out");
    case ErrorKind::Tls:
        return QCoreApplication::translate(context, "TLS error");
    case ErrorKind::BadResponse:
        return QCoreApplication::translate(context, "Bad response");
    case ErrorKind::Keychain:
        return QCoreApplication::translate(context, "Keychain");
    case ErrorKind::NoAccount:
        return QCoreApplication::translate(context, "No account");
    }
    return QCoreApplication::translate(context, "Error");
}

StatusBadge statusBadge(const LookupEntry &entry) {
    switch (entry.state) {
    case LookupEntry::State::Loading:
        return {QCoreApplication::translate(context, "Loading…"), QColor(0xe0, 0xe0, 0xe0),
                QColor(0x42, 0x42, 0x42), 0};
    case LookupEntry::State::Failed:
        return {errorKindText(entry.error.kind), QColor(0xff, 0xeb, 0xee), QColor(0xb7, 0x1c, 0x1c),
                1};
    case LookupEntry::State::Found:
        break;
    }
    const CheckoutStatus status = entry.checkout ? entry.checkout->status : CheckoutStatus::Unknown;
    return {checkoutStatusText(status), badgeColor(status), QColor(Qt::white),
            2 + static_cast<int>(status)};
}

} // namespace Paydesk
