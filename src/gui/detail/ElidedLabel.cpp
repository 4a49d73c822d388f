#include "gui/detail/ElidedLabel.h"

#include "gui/detail/DetailSection.h"

#include <QEvent>

namespace Paydesk {

namespace {
constexpr int minimumCharacters = 8;
}

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent) {
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setWordWrap(false);
    // As wide as the value at most, so buttons beside it stay beside it.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text, const QString &toolTip) {
    m_fullText = text;
    m_toolTip = toolTip;
    m_fullWidth = fontMetrics().horizontalAdvance(m_fullText);
    updateGeometry();
    updateShownText();
}

QSize ElidedLabel::sizeHint() const {
    // Layouts ask again and again: the text's width is measured when the text or font changes.
    const QMargins margins = contentsMargins();
    return {m_fullWidth + margins.left() + margins.right() + 2 * margin() + 1,
            QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const {
    const QSize full = sizeHint();
    return {qMin(full.width(), fontMetrics().averageCharWidth() * minimumCharacters),
            full.height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event) {
    QLabel::resizeEvent(event);
    updateShownText();
}

void ElidedLabel::changeEvent(QEvent *event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_fullWidth = fontMetrics().horizontalAdvance(m_fullText);
        updateShownText();
    }
}

void ElidedLabel::updateShownText() {
    // Until a layout has given it a width, the label shows everything; its resize elides.
    const int room = contentsRect().width() - 2 * margin();
    const QString shown = isVisible() && room > 0
                              ? fontMetrics().elidedText(m_fullText, Qt::ElideMiddle, room)
                              : m_fullText;
    m_elided = shown != m_fullText;
    setText(leftToRight(shown));
    setToolTip(m_elided ? m_fullText : m_toolTip);
}

} // namespace Paydesk
