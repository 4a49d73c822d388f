#include "gui/common/StatusStyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QRect>

namespace Paydesk {

namespace {

constexpr int badgePadX = 8;
constexpr int badgePadY = 2;

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::StatusStyle)
};

QColor statusColor(CheckoutStatus status) {
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
        return QColor(0xb2, 0x4a, 0x00);
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

QString statusText(CheckoutStatus status) {
    switch (status) {
    case CheckoutStatus::Open:
        return Text::tr("Open");
    case CheckoutStatus::Pending:
        return Text::tr("Pending");
    case CheckoutStatus::Processing:
        return Text::tr("Processing");
    case CheckoutStatus::ActionRequired:
        return Text::tr("Action required");
    case CheckoutStatus::Paid:
        return Text::tr("Paid");
    case CheckoutStatus::Failed:
        return Text::tr("Failed");
    case CheckoutStatus::Expired:
        return Text::tr("Expired");
    case CheckoutStatus::Canceled:
        return Text::tr("Canceled");
    case CheckoutStatus::Refunded:
        return Text::tr("Refunded");
    case CheckoutStatus::PartiallyRefunded:
        return Text::tr("Partially refunded");
    case CheckoutStatus::Unknown:
        break;
    }
    return Text::tr("Unknown");
}

BadgeStyle statusStyle(CheckoutStatus status) {
    return {statusText(status), statusColor(status), QColor(Qt::white)};
}

BadgeStyle modeStyle(Mode mode) {
    if (mode == Mode::Live)
        return {Text::tr("Live"), QColor(0xe8, 0xf5, 0xe9), QColor(0x1b, 0x5e, 0x20)};
    return {Text::tr("Test"), QColor(0xff, 0xf3, 0xe0), QColor(0x8a, 0x4b, 0x00)};
}

QString errorKindTitle(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::InvalidId:
        return Text::tr("Not a checkout id");
    case ErrorKind::NotFound:
        return Text::tr("Checkout not found");
    case ErrorKind::Unauthorized:
        return Text::tr("Key refused");
    case ErrorKind::Forbidden:
        return Text::tr("Access forbidden");
    case ErrorKind::RateLimited:
        return Text::tr("Too many requests");
    case ErrorKind::ServerError:
        return Text::tr("Provider server error");
    case ErrorKind::Network:
        return Text::tr("Network error");
    case ErrorKind::Timeout:
        return Text::tr("Timed out");
    case ErrorKind::Tls:
        return Text::tr("Secure connection failed");
    case ErrorKind::BadResponse:
        return Text::tr("Unexpected response");
    case ErrorKind::Keychain:
        return Text::tr("Keychain unavailable");
    case ErrorKind::NoAccount:
        return Text::tr("No account to ask");
    }
    return Text::tr("Lookup failed");
}

QSize badgeSize(const QFont &font, const QString &text) {
    const QFontMetrics metrics(font);
    return {metrics.horizontalAdvance(text) + 2 * badgePadX, metrics.height() + 2 * badgePadY};
}

void paintBadge(QPainter *painter, const QRect &rect, const QFont &font, const BadgeStyle &style) {
    const QSize size = badgeSize(font, style.text).boundedTo(rect.size());
    QRect badge(QPoint(0, 0), size);
    badge.moveCenter(rect.center());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.background);
    const qreal radius = size.height() / 2.0;
    painter->drawRoundedRect(QRectF(badge), radius, radius);
    painter->setFont(font);
    painter->setPen(style.foreground);
    painter->drawText(badge, Qt::AlignCenter, style.text);
    painter->restore();
}

} // namespace Paydesk
