#include "gui/common/StatusStyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QRect>
#include <QtMath>

namespace Paydesk {

namespace {

constexpr int badgePadX = 8;
constexpr int badgePadY = 2;

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::StatusStyle)
};

Tone statusTone(CheckoutStatus status) {
    switch (status) {
    case CheckoutStatus::Paid:
        return Tone::Success;
    case CheckoutStatus::Failed:
        return Tone::Danger;
    case CheckoutStatus::Open:
    case CheckoutStatus::Pending:
        return Tone::Info;
    case CheckoutStatus::Processing:
    case CheckoutStatus::ActionRequired:
        return Tone::Warning;
    case CheckoutStatus::Refunded:
    case CheckoutStatus::PartiallyRefunded:
        return Tone::Refund;
    case CheckoutStatus::Expired:
    case CheckoutStatus::Canceled:
    case CheckoutStatus::Unknown:
        break;
    }
    return Tone::Neutral;
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

QString modeText(Mode mode) {
    return mode == Mode::Live ? Text::tr("Live") : Text::tr("Test");
}

// Short enough for the list's status column, where they show as badges, and said in full by
// the message beside them in the pane.
QString errorKindText(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::InvalidId:
        return Text::tr("Not a checkout id");
    case ErrorKind::NotFound:
        return Text::tr("Not found");
    case ErrorKind::Unauthorized:
        return Text::tr("Key refused");
    case ErrorKind::Forbidden:
        return Text::tr("Access forbidden");
    case ErrorKind::RateLimited:
        return Text::tr("Too many requests");
    case ErrorKind::ServerError:
        return Text::tr("Server error");
    case ErrorKind::Network:
        return Text::tr("Network error");
    case ErrorKind::Timeout:
        return Text::tr("Timed out");
    case ErrorKind::Tls:
        return Text::tr("TLS error");
    case ErrorKind::BadResponse:
        return Text::tr("Unexpected response");
    case ErrorKind::Keychain:
        return Text::tr("Keychain unavailable");
    case ErrorKind::NoAccount:
        return Text::tr("No account to ask");
    }
    return Text::tr("Lookup failed");
}

BadgeStyle statusStyle(CheckoutStatus status) {
    return {statusText(status), statusTone(status), ToneWeight::Solid};
}

BadgeStyle modeStyle(Mode mode) {
    return {modeText(mode), mode == Mode::Live ? Tone::Success : Tone::Warning, ToneWeight::Tint};
}

// Widths are measured in fractions of a pixel and rounded up, the same way for sizing and for
// painting: a whole-pixel measure rounds "Paid" (24.4 px) down to 24 and the painter, finding
// 24.4 > 24, elides it.
QSize badgeSize(const QFont &font, const QString &text) {
    const QFontMetricsF metrics(font);
    return {qCeil(metrics.horizontalAdvance(text)) + 2 * badgePadX,
            qCeil(metrics.height()) + 2 * badgePadY};
}

QString badgeTextFitting(const QFontMetricsF &metrics, const QString &text, int width) {
    return qCeil(metrics.horizontalAdvance(text)) <= width
               ? text
               : metrics.elidedText(text, Qt::ElideRight, width);
}

QString badgeTextShown(const QFont &font, const QString &text, const QRect &rect) {
    const QSize size = badgeSize(font, text).boundedTo(rect.size());
    return badgeTextFitting(QFontMetricsF(font), text, size.width() - 2 * badgePadX);
}

void paintBadge(QPainter *painter, const QRect &rect, const QFont &font, const BadgeStyle &style,
                const QPalette &palette) {
    QRect badge(QPoint(0, 0), badgeSize(font, style.text).boundedTo(rect.size()));
    badge.moveCenter(rect.center());
    paintBadgeIn(painter, badge, font, style, palette);
}

void paintBadgeIn(QPainter *painter, const QRect &badge, const QFont &font, const BadgeStyle &style,
                  const QPalette &palette) {
    const ToneColors colors = toneColors(style.tone, style.weight, palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    const qreal radius = badge.height() / 2.0;
    painter->drawRoundedRect(QRectF(badge), radius, radius);
    painter->setFont(font);
    painter->setPen(colors.foreground);
    const QRect textRect = badge.adjusted(badgePadX, 0, -badgePadX, 0);
    const QString text =
        badgeTextFitting(QFontMetricsF(font, painter->device()), style.text, textRect.width());
    painter->drawText(textRect, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace Paydesk
