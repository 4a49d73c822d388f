#include "gui/detail/BadgeLabel.h"

#include <QPainter>

namespace Paydesk {

BadgeLabel::BadgeLabel(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void BadgeLabel::setBadge(const BadgeStyle &style) {
    m_style = style;
    setAccessibleName(style.text);
    updateGeometry();
    update();
}

ToneColors BadgeLabel::colors() const {
    return toneColors(m_style.tone, m_style.weight, palette());
}

QString BadgeLabel::shownText() const {
    return badgeTextShown(font(), m_style.text, rect());
}

QSize BadgeLabel::sizeHint() const {
    return badgeSize(font(), m_style.text);
}

void BadgeLabel::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    paintBadge(&painter, rect(), font(), m_style, palette());
}

} // namespace Paydesk
