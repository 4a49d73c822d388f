#include "gui/common/StatusStyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QRect>

namespace Paydesk {

namespace {

const char *const context = "StatusStyle";
constexpr int badgePadX = 8;
constexpr int badgePadY = 2;

QString tr(const char *text) {
    return QCoreApplication::translate(context, text);
}

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
        return tr("Open");
    case CheckoutStatus::Pending:
        return tr("Pending");
    case CheckoutStatus::Processing:
        return tr("Processing");
    case CheckoutStatus::ActionRequired:
        return tr("Action required");
    case CheckoutStatus::Paid:
        return tr("Paid");
    case CheckoutStatus::Failed:
        return tr("Failed");
    case CheckoutStatus::Expired:
        return tr("Expired");
    case CheckoutStatus::Canceled:
        return tr("Canceled");
    case CheckoutStatus::Refunded:
        return tr("Refunded");
    case CheckoutStatus::PartiallyRefunded:
        return tr("Partially refunded");
    case CheckoutStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

BadgeStyle statusStyle(CheckoutStatus status) {
    return {statusText(status), statusColor(status), QColor(Qt::white)};
}

BadgeStyle modeStyle(Mode mode) {
    if (mode == Mode::Live)
        return {tr("Live"), QColor(0xe8, 0xf5, 0xe9), QColor(0x1b, 0x5e, 0x20)};
    return {tr("Test"), QColor(0xff, 0xf3, 0xe0), QColor(0x8a, 0x4b, 0x00)};
}

QString errorKindTitle(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::InvalidId:
        return tr("Not a checkout id");
    case ErrorKind::NotFound:
        return tr("Checkout not found");
    case ErrorKind::Unauthorized:
        return tr("Key refused");
    case ErrorKind::Forbidden:
        return tr("Access forbidden");
    case ErrorKind::RateLimited:
        return tr("Too many requests");
    case ErrorKind::ServerError:
        return tr("Provider server error");
    case ErrorKind::Network:
        return tr("Network error");
    case ErrorKind::Timeout:
        return tr("Timed out");
    case ErrorKind::Tls:
        return tr("Secure connection failed");
    case ErrorKind::BadResponse:
        return tr("Unexpected response");
    case ErrorKind::Keychain:
        return tr("Keychain unavailable");
    case ErrorKind::NoAccount:
        return tr("No account to ask");
    }
    return tr("Lookup failed");
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
