#include "gui/lookups/CellTextPainter.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTextOption>
#include <QWidget>

#include <cmath>

namespace Paydesk {

CellTextPainter::CellTextPainter(int capacity)
    : m_texts(capacity) {}

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
    const auto otherFeatures = QStyleOptionViewItem::HasCheckIndicator
                               | QStyleOptionViewItem::HasDecoration
                               | QStyleOptionViewItem::WrapText;
    if (option.text.isEmpty() || (option.features & otherFeatures) || !option.showDecorationSelected
        || (option.state & (QStyle::State_HasFocus | QStyle::State_Editing))
        || option.text.contains(u'\n') || option.text.contains(QChar::LineSeparator)
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
    // Clipped to the cell, within any clip already set, as the style does.
    painter->setClipRegion(painter->hasClipping() ? (painter->clipRegion() & option.rect)
                                                  : QRegion(option.rect));
    QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->setPen(option.palette.color(
        group, option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(option.font);
    const QStaticText text = keptText(option, textRect.width());
    // Across, the text option aligns the line within the cell's width; down, the line's
    // whole-pixel height is placed as the style places it.
    const QSize lineSize(textRect.width(), int(std::lround(text.size().height())));
    const QRect line = QStyle::alignedRect(
        Qt::LeftToRight, option.displayAlignment & Qt::AlignVertical_Mask, lineSize, textRect);
    painter->drawStaticText(line.topLeft(), text);
    painter->restore();
    return true;
}

QStaticText CellTextPainter::keptText(const QStyleOptionViewItem &option, int width) const {
    const Key key{option.text,
                  option.font,
                  width,
                  static_cast<int>(option.direction),
                  static_cast<int>(option.displayAlignment),
                  static_cast<int>(option.textElideMode)};
    if (const QStaticText *known = m_texts.object(key))
        return *known;
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(QStyle::visualAlignment(option.direction, option.displayAlignment));
    QStaticText text(
        QFontMetrics(option.font).elidedText(option.text, option.textElideMode, width));
    text.setTextFormat(Qt::PlainText);
    text.setTextOption(textOption);
    text.setTextWidth(width);
    text.setPerformanceHint(QStaticText::AggressiveCaching);
    text.prepare(QTransform(), option.font);
    // A shared copy: the cache may drop its own at any insertion.
    m_texts.insert(key, new QStaticText(text));
    return text;
}

} // namespace Paydesk
