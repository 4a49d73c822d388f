#include "gui/lookups/StatusBadgeDelegate.h"

#include "gui/common/StatusStyle.h"
#include "gui/lookups/RecentLookupsModel.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

constexpr int horizontalPadding = 8;
constexpr int verticalPadding = 2;
constexpr int margin = 4;

QFont badgeFont(const QStyleOptionViewItem &option) {
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

} // namespace

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;

    const QFont font = badgeFont(option);
    const QFontMetricsF metrics(font, painter->device());
    const int textWidth = qCeil(metrics.horizontalAdvance(text)) + 1;
    const int height = qMin(qCeil(metrics.height()) + 2 * verticalPadding, opt.rect.height() - 2);
    const int width = qMin(textWidth + 2 * horizontalPadding, opt.rect.width() - 2 * margin);
    QRect badge(0, 0, width, height);
    badge.moveCenter(opt.rect.center());
    // Leading edge: left in left-to-right layouts, right in right-to-left ones.
    if (option.direction == Qt::RightToLeft)
        badge.moveRight(opt.rect.right() - margin);
    else
        badge.moveLeft(opt.rect.left() + margin);

    const QVariant badgeStyle = index.data(RecentLookupsModel::BadgeStyleRole);
    const BadgeStyle badgeLook =
        badgeStyle.isValid() ? badgeStyle.value<BadgeStyle>() : BadgeStyle{text, Tone::Neutral};
    // The view's palette of the moment: a theme change repaints the badges in its colours.
    painter->drawPixmap(badge.topLeft(), badgePixmap(painter, badge.size(), font, badgeLook,
                                                     opt.palette, option.direction));
}

QPixmap StatusBadgeDelegate::badgePixmap(const QPainter *painter, const QSize &size,
                                         const QFont &font, const BadgeStyle &look,
                                         const QPalette &palette, Qt::LayoutDirection direction) {
    // A list shows a handful of different badges on every row and repaints them all whenever
    // a row is inserted above: each is drawn once, then copied.
    const qreal ratio = painter->device()->devicePixelRatioF();
    const QString key = QStringLiteral("paydesk-badge\x1f%1\x1f%2\x1f%3\x1f%4\x1f%5")
                            .arg(look.text, font.key())
                            .arg(static_cast<int>(look.tone) * 4 + static_cast<int>(look.weight))
                            .arg(palette.cacheKey())
                            .arg(u"%1x%2@%3/%4"_s.arg(size.width())
                                     .arg(size.height())
                                     .arg(ratio)
                                     .arg(static_cast<int>(direction)));
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter badgePainter(&pixmap);
    badgePainter.setLayoutDirection(direction);
    paintBadgeIn(&badgePainter, QRect(QPoint(0, 0), size), font, look, palette);
    badgePainter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const {
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetricsF metrics(badgeFont(option), option.widget);
    const QString text = index.data(Qt::DisplayRole).toString();
    return {qCeil(metrics.horizontalAdvance(text)) + 1 + 2 * horizontalPadding + 2 * margin,
            qMax(base.height(), qCeil(metrics.height()) + 2 * verticalPadding + 4)};
}

} // namespace Paydesk
