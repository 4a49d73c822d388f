#include "gui/common/NoticeBanner.h"

#include <QPainter>

namespace Paydesk {

NoticeBanner::NoticeBanner(QWidget *parent)
    : QLabel(parent) {
    setMargin(6);
}

void NoticeBanner::setTone(Tone tone) {
    m_tone = tone;
    update();
}

ToneColors NoticeBanner::colors() const {
    ToneColors colors = toneColors(m_tone, ToneWeight::Tint, palette());
    colors.foreground = palette().color(foregroundRole());
    return colors;
}

void NoticeBanner::paintEvent(QPaintEvent *event) {
    {
        const ToneColors tint = colors();
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(tint.border, 1));
        painter.setBrush(tint.background);
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    }
    QLabel::paintEvent(event);
}

} // namespace Paydesk
