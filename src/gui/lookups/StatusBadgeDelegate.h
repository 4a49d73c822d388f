#pragma once

#include "gui/lookups/LookupItemDelegate.h"

namespace Paydesk {

// Paints the status column as a coloured rounded badge (colours from the model's badge roles).
class StatusBadgeDelegate : public LookupItemDelegate {
    Q_OBJECT

public:
    using LookupItemDelegate::LookupItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Paydesk
