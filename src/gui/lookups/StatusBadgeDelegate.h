#pragma once

#include "gui/common/StatusStyle.h"
#include "gui/lookups/LookupItemDelegate.h"

#include <QPixmap>

namespace Paydesk {

// Paints the status column as a coloured rounded badge (colours from the model's badge roles).
class StatusBadgeDelegate : public LookupItemDelegate {
    Q_OBJECT

public:
    using LookupItemDelegate::LookupItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The badge drawn at `size`, from the application's pixmap cache when it was drawn before.
    static QPixmap badgePixmap(const QPainter *painter, const QSize &size, const QFont &font,
                               const BadgeStyle &look, const QPalette &palette,
                               Qt::LayoutDirection direction);
};

} // namespace Paydesk
