#pragma once

#include <QCache>
#include <QFont>
#include <QSize>
#include <QStaticText>
#include <QString>

class QPainter;
class QStyle;
class QStyleOptionViewItem;

namespace Paydesk {

// Paints an item view cell whose content is one line of text, as the Fusion and Windows styles
// do (background and selection by the style, then the text elided to fit), with the elided text
// laid out once and kept as a QStaticText. Laying a text out shapes it (HarfBuzz), more than
// once a cell on the style's own path, and that was most of the list's repaint: every visible
// row repaints when a lookup inserts a row at the top, as each row below moves down and changes
// its alternating colour. The pixels are the style's own (tst_RecentLookupsView compares them);
// other cells (an icon, a check box, wrapped or multi-line text, a focus frame, an editor) and
// other styles are left to the style.
class CellTextPainter {
public:
    // Enough for every cell of a list as tall as a large screen (about 55 rows of 7 texts),
    // so that a repaint of all of them finds each one's text laid out; each takes a few KiB.
    explicit CellTextPainter(int capacity = 512);

    // Paints the cell and returns true, or returns false having painted nothing.
    bool paint(QPainter *painter, const QStyleOptionViewItem &option) const;

private:
    struct Key {
        QString text;
        QFont font;
        int width;
        int direction;
        int alignment;
        int elideMode;
        friend bool operator==(const Key &a, const Key &b) {
            return a.text == b.text && a.width == b.width && a.direction == b.direction
                   && a.alignment == b.alignment && a.elideMode == b.elideMode && a.font == b.font;
        }
        friend size_t qHash(const Key &key, size_t seed = 0) {
            return qHashMulti(seed, key.text, key.width, key.direction, key.alignment,
                              key.elideMode, key.font);
        }
    };

    static bool drawsItemsAsCommonStyle(const QStyle *style);
    QStaticText keptText(const QStyleOptionViewItem &option, int width) const;

    mutable QCache<Key, QStaticText> m_texts;
};

} // namespace Paydesk
