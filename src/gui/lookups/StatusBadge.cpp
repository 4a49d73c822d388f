#include "gui/lookups/StatusBadge.h"

#include "gui/common/StatusStyle.h"

#include <QCoreApplication>

namespace Paydesk {

namespace {

const char *const context = "StatusBadge";

} // namespace

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
    const BadgeStyle style = statusStyle(status);
    return {style.text, style.background, style.foreground, 2 + static_cast<int>(status)};
}

} // namespace Paydesk
