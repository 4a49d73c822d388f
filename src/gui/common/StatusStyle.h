#pragma once

#include "domain/CheckoutStatus.h"
#include "domain/LookupError.h"
#include "domain/Provider.h"
#include "gui/common/ToneColors.h"

#include <QMetaType>
#include <QSize>
#include <QString>

class QFont;
class QFontMetricsF;
class QPainter;
class QPalette;
class QRect;

namespace Paydesk {

// The words for people, one table each, used wherever they are shown (the list, the pane,
// the accounts dialog and chooser). Scripts get the fixed keys of interface.md instead
// (statusKey, modeKey, errorKindKey).
QString statusText(CheckoutStatus status);
QString modeText(Mode mode);
QString errorKindText(ErrorKind kind);

// How a badge reads and what its colour means; the colours come from the palette it is
// painted in (toneColors), so they follow a light or dark theme and its changes.
struct BadgeStyle {
    QString text;
    Tone tone = Tone::Neutral;
    ToneWeight weight = ToneWeight::Solid;

    bool operator==(const BadgeStyle &other) const {
        return text == other.text && tone == other.tone && weight == other.weight;
    }
};

BadgeStyle statusStyle(CheckoutStatus status);
BadgeStyle modeStyle(Mode mode);

// A rounded badge: its size for a font, painting it centred in `rect`, and painting it to
// fill `badge` exactly (the text elided when it does not fit). The pane's badges and the
// list's delegate paint through these.
QSize badgeSize(const QFont &font, const QString &text);
// The text a badge of `font` shows when painted centred in `rect`: whole, or elided.
QString badgeTextShown(const QFont &font, const QString &text, const QRect &rect);
// The text that fits `width` pixels: whole when its width rounded up fits, else elided.
QString badgeTextFitting(const QFontMetricsF &metrics, const QString &text, int width);
void paintBadge(QPainter *painter, const QRect &rect, const QFont &font, const BadgeStyle &style,
                const QPalette &palette);
void paintBadgeIn(QPainter *painter, const QRect &badge, const QFont &font, const BadgeStyle &style,
                  const QPalette &palette);

} // namespace Paydesk

Q_DECLARE_METATYPE(Paydesk::BadgeStyle)
