#pragma once

#include <QCache>
#include <QFont>
#include <QPointF>
#include <QSize>
#include <QString>
#include <QTextLayout>

class QPainter;
class QStyle;
class QStyleOptionViewItem;

namespace Paydesk {

// Paints an item view cell as the Fusion and Windows styles do (QCommonStyle's item view item:
// background, selection, then the text elided to fit), with each text laid out once and kept.
// Laying a text out shapes it (HarfBuzz), twice a cell in the style's own path, and that was
// most of the list's repaint: every visible row repaints when a lookup inserts a row at the
// top, as each row below moves down and changes its alternating colour. The pixels are the
// style's own (tst_RecentLookupsView compares them); cells the style draws otherwise (an
// icon, a check box, wrapped text, a focus frame, an editor) and other styles are left to it.
class CellTextPainter {
public:
    // Enough for every cell of a list as tall as a large screen (about 55 rows of 7 texts),
    // so that a repaint of all of them finds each one's layout; each takes a few KiB.
    explicit CellTextPainter(int capacity = 512);

    // Paints the cell and returns true, or returns false having painted nothing.
    bool paint(QPainter *painter, const QStyleOptionViewItem &option) const;

private:
    struct Key {
        QString text;
        QFont font;
        QSize size;
        int direction;
        int alignment;
        int elideMode;
        friend bool operator==(const Key &a, const Key &b) {
            return a.text == b.text && a.size == b.size && a.direction == b.direction
                   && a.alignment == b.alignment && a.elideMode == b.elideMode && a.font == b.font;
        }
        friend size_t qHash(const Key &key, size_t seed = 0) {
            return qHashMulti(seed, key.text, key.size.width(), key.size.height(), key.direction,
                              key.alignment, key.elideMode, key.font);
        }
    };
    struct LaidOut {
        QTextLayout layout;
        QPointF position; // where the style draws it, from the text rectangle's top left
    };

    static bool drawsItemsAsCommonStyle(const QStyle *style);
    const LaidOut &laidOut(const QStyleOptionViewItem &option, const QSize &textSize) const;

    mutable QCache<Key, LaidOut> m_layouts;
};

} // namespace Paydesk
