#include "gui/lookups/LookupItemDelegate.h"

#include <QStyle>

namespace Paydesk {

void LookupItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const {
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (!m_cells.paint(painter, cell))
        QStyledItemDelegate::paint(painter, option, index);
}

void LookupItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->text.isEmpty())
        return;
    const Qt::LayoutDirection textDirection =
        option->text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    if (textDirection == option->direction)
        return;
    // Fix the alignment to the view's sides before changing the direction the text uses.
    option->displayAlignment =
        QStyle::visualAlignment(option->direction, option->displayAlignment) | Qt::AlignAbsolute;
    option->direction = textDirection;
}

} // namespace Paydesk
