#pragma once

#include "domain/CheckoutStatus.h"
#include "domain/LookupError.h"
#include "domain/Provider.h"

#include <QColor>
#include <QSize>
#include <QString>

class QFont;
class QPainter;
class QRect;

namespace Paydesk {

// How a status reads and looks wherever it is shown (pane header, list delegate).
struct BadgeStyle {
    QString text;
    QColor background;
    QColor foreground;
};

BadgeStyle statusStyle(CheckoutStatus status);
BadgeStyle modeStyle(Mode mode);
QString statusText(CheckoutStatus status);
QString errorKindTitle(ErrorKind kind);

// A rounded badge: its size for a font, and painting it centred in `rect`.
QSize badgeSize(const QFont &font, const QString &text);
void paintBadge(QPainter *painter, const QRect &rect, const QFont &font, const BadgeStyle &style);

} // namespace Paydesk
