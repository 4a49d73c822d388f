#pragma once

#include <QStyledItemDelegate>

namespace Paydesk {

// Paints the status column as a coloured rounded badge (colours from the model's badge roles).
class StatusBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Paydesk
