#include "gui/lookups/CellTextPainter.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTextOption>
#include <QWidget>

namespace Paydesk {

namespace {

// What QCommonStyle does to lay a cell's text out (viewItemTextLayout in qcommonstyle.cpp):
// one line after another, each as wide as the cell; with `maxHeight`, it stops at the last
// line that fits and says which one that is when more text follows.
QSizeF layOut(QTextLayout &layout, int lineWidth, int maxHeight = -1,
              int *lastVisibleLine = nullptr) {
    if (lastVisibleLine)
        *lastVisibleLine = -1;
    qreal height = 0;
    qreal widthUsed = 0;
    layout.beginLayout();
    int i = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(lineWidth);
        line.setPosition(QPointF(0, height));
        height += line.height();
        widthUsed = qMax(widthUsed, line.naturalTextWidth());
        if (maxHeight > 0 && lastVisibleLine && height + line.height() > maxHeight) {
            const QTextLine nextLine = layout.createLine();
            *lastVisibleLine = nextLine.isValid() ? i : -1;
            break;
        }
        ++i;
    }
    layout.endLayout();
    return {widthUsed, height};
}

// The text the style draws in `textRect` and where (QCommonStylePrivate::calculateElidedText,
// as the style calls it for a cell: the last visible line elided, the start position asked).
QString elidedText(const QString &text, const QTextOption &textOption, const QFont &font,
                   const QRect &textRect, Qt::Alignment valign, Qt::TextElideMode elideMode,
                   QPointF *paintStartPosition) {
    QTextLayout textLayout(text, font);
    textLayout.setTextOption(textOption);
    const bool vAlignmentOptimization = valign.testFlag(Qt::AlignVCenter);
    int lastVisibleLine = -1;
    layOut(textLayout, textRect.width(), vAlignmentOptimization ? textRect.height() : -1,
           &lastVisibleLine);

    const QRectF boundingRect = textLayout.boundingRect();
    const QRect layoutRect = QStyle::alignedRect(Qt::LayoutDirectionAuto, valign,
                                                 boundingRect.size().toSize(), textRect);
    *paintStartPosition = QPointF(textRect.x(), layoutRect.top());

    QString shown;
    qreal height = 0;
    const int lineCount = textLayout.lineCount();
    for (int i = 0; i < lineCount; ++i) {
        const QTextLine line = textLayout.lineAt(i);
        height += line.height();
        if (height + layoutRect.top() <= textRect.top()) { // above the visible rectangle
            paintStartPosition->ry() += line.height();
            continue;
        }
        const int start = line.textStart();
        const int length = line.textLength();
        const bool drawElided = line.naturalTextWidth() > textRect.width();
        bool elideLastVisibleLine = lastVisibleLine == i;
        if (!drawElided && i + 1 < lineCount) {
            const QTextLine nextLine = textLayout.lineAt(i + 1);
            const int nextHeight = static_cast<int>(height + nextLine.height() / 2);
            if (nextHeight + layoutRect.top() > textRect.height() + textRect.top())
                elideLastVisibleLine = true;
        }
        QString lineText = textLayout.text().mid(start, length);
        if (drawElided || elideLastVisibleLine) {
            if (elideLastVisibleLine) {
                if (lineText.endsWith(QChar::LineSeparator))
                    lineText.chop(1);
                lineText += QChar(0x2026);
            }
            const QFontMetrics metrics(font);
            shown += metrics.elidedText(lineText, elideMode, textRect.width(), 0);
            if (i < lineCount - 1 && !shown.endsWith(QChar::LineSeparator))
                shown += QChar::LineSeparator;
        } else {
            shown += lineText;
        }
        if ((height + layoutRect.top() >= textRect.bottom())
            || (lastVisibleLine >= 0 && lastVisibleLine == i))
            break;
    }
    return shown;
}

} // namespace

CellTextPainter::CellTextPainter(int capacity)
    : m_layouts(capacity) {}

bool CellTextPainter::drawsItemsAsCommonStyle(const QStyle *style) {
    if (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
        style = proxy->baseStyle();
    const QString name = style->name();
    return name.compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0
           || name.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0;
}

bool CellTextPainter::paint(QPainter *painter, const QStyleOptionViewItem &option) const {
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const auto theStyles = QStyleOptionViewItem::HasCheckIndicator
                           | QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::WrapText;
    if (option.text.isEmpty() || (option.features & theStyles) || !option.showDecorationSelected
        || (option.state & (QStyle::State_HasFocus | QStyle::State_Editing))
        || !drawsItemsAsCommonStyle(style))
        return false;

    // The background and selection, as the style paints them under the text. The text takes
    // the whole cell (the decoration is shown selected), so its rectangle is the same without
    // the text, and no text is laid out for it.
    QStyleOptionViewItem background = option;
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    const QRect cell = style->subElementRect(QStyle::SE_ItemViewItemText, &background, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = cell.adjusted(margin, 0, -margin, 0);

    painter->save();
    // The style keeps any clip already set, within the cell.
    painter->setClipRegion(painter->hasClipping() ? (painter->clipRegion() & option.rect)
                                                  : QRegion(option.rect));
    QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->setPen(option.palette.color(
        group, option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const LaidOut &text = laidOut(option, textRect.size());
    text.layout.draw(painter, textRect.topLeft() + text.position);
    painter->restore();
    return true;
}

const CellTextPainter::LaidOut &CellTextPainter::laidOut(const QStyleOptionViewItem &option,
                                                         const QSize &textSize) const {
    const Key key{option.text,
                  option.font,
                  textSize,
                  static_cast<int>(option.direction),
                  static_cast<int>(option.displayAlignment),
                  static_cast<int>(option.textElideMode)};
    if (const LaidOut *known = m_layouts.object(key))
        return *known;
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(QStyle::visualAlignment(option.direction, option.displayAlignment));
    auto *laid = new LaidOut;
    const QString shown =
        elidedText(option.text, textOption, option.font, QRect(QPoint(0, 0), textSize),
                   option.displayAlignment, option.textElideMode, &laid->position);
    laid->layout.setText(shown);
    laid->layout.setFont(option.font);
    laid->layout.setTextOption(textOption);
    laid->layout.setCacheEnabled(true); // keep the shaped glyphs for the next paint
    layOut(laid->layout, textSize.width());
    m_layouts.insert(key, laid);
    return *laid;
}

} // namespace Paydesk
