#pragma once

#include "gui/lookups/CellTextPainter.h"

#include <QStyledItemDelegate>

namespace Paydesk {

// Lays each cell's text out in its own direction (that of its first strong character, as
// HTML's dir="auto"), so ids, amounts and times written left to right keep their order in a
// right-to-left window, and Arabic names stay right to left in a left-to-right one. The cell
// keeps the alignment the view's direction gives it. Each text is laid out once and kept
// (CellTextPainter), as the list repaints its rows often.
class LookupItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    CellTextPainter m_cells;
};

} // namespace Paydesk
