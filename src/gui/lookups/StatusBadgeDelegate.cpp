#include "gui/lookups/StatusBadgeDelegate.h"

#include "gui/common/StatusStyle.h"
#include "gui/lookups/RecentLookupsModel.h"

#include <QApplication>
#include <QPainter>
#include <QtMath>

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
    paintBadgeIn(painter, badge, font, badgeLook, opt.palette);
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
