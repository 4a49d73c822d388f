#include "gui/lookups/StatusBadge.h"

#include "gui/common/StatusStyle.h"

#include <QCoreApplication>

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::StatusBadge)
};

} // namespace

QString errorKindText(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::InvalidId:
        return Text::tr("Invalid id");
    case ErrorKind::NotFound:
        return Text::tr("Not found");
    case ErrorKind::Unauthorized:
        return Text::tr("Unauthorized");
    case ErrorKind::Forbidden:
        return Text::tr("Forbidden");
    case ErrorKind::RateLimited:
        return Text::tr("Rate limited");
    case ErrorKind::ServerError:
        return Text::tr("Server error");
    case ErrorKind::Network:
        return Text::tr("Network error");
    case ErrorKind::Timeout:
        return Text::tr("Timed out");
    case ErrorKind::Tls:
        return Text::tr("TLS error");
    case ErrorKind::BadResponse:
        return Text::tr("Bad response");
    case ErrorKind::Keychain:
        return Text::tr("Keychain");
    case ErrorKind::NoAccount:
        return Text::tr("No account");
    }
    return Text::tr("Error");
}

StatusBadge statusBadge(const LookupEntry &entry) {
    switch (entry.state) {
    case LookupEntry::State::Loading:
        return {Text::tr("Loading…"), QColor(0xe0, 0xe0, 0xe0), QColor(0x42, 0x42, 0x42), 0};
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
