#include "gui/detail/AvatarWidget.h"

#include "gui/common/ToneColors.h"

#include <QCryptographicHash>
#include <QPainter>
#include <QPainterPath>

namespace Paydesk {

AvatarWidget::AvatarWidget(int side, QWidget *parent)
    : QWidget(parent)
    , m_side(side) {
    setFixedSize(side, side);
    setPerson({}, {});
}

void AvatarWidget::setPerson(const QString &name, const QString &seed) {
    m_initials = initialsOf(name);
    m_color = colorFor(seed.isEmpty() ? name : seed);
    m_image = {};
    setToolTip(name);
    update();
}

void AvatarWidget::setImage(const QImage &image) {
    m_image = image;
    update();
}

void AvatarWidget::clearImage() {
    m_image = {};
    update();
}

QString AvatarWidget::initialsOf(const QString &name) {
    const QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    QString initials;
    for (const QString &word : words) {
        if (initials.size() >= 2)
            break;
        if (word.front().isLetterOrNumber())
            initials += word.front().toUpper();
    }
    if (initials.size() == 1 && words.size() == 1 && words.front().size() > 1
        && words.front().at(1).isLetterOrNumber()) {
        initials += words.front().at(1).toUpper();
    }
    return initials;
}

QColor AvatarWidget::colorFor(const QString &seed) {
    // A hash, not qHash, so the colour is the same in every run.
    const QByteArray digest = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    const int hue = (quint8(digest.at(0)) << 8 | quint8(digest.at(1))) % 360;
    // Some hues (yellow, green) are light at any one lightness: the initials in white must
    // still read on them.
    return readableUnder(QColor::fromHsl(hue, 110, 95), Qt::white);
}

void AvatarWidget::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF circle(0.5, 0.5, m_side - 1.0, m_side - 1.0);
    QPainterPath path;
    path.addEllipse(circle);
    if (!m_image.isNull()) {
        // Fill the circle, cropping the longer side of the image.
        const QSize scaled = m_image.size().scaled(m_side, m_side, Qt::KeepAspectRatioByExpanding);
        QRectF target(QPointF(0, 0), QSizeF(scaled));
        target.moveCenter(circle.center());
        painter.setClipPath(path);
        painter.drawImage(target, m_image);
        return;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_color);
    painter.drawPath(path);
    QFont font = this->font();
    font.setBold(true);
    font.setPixelSize(qMax(8, m_side * 2 / 5));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(circle, Qt::AlignCenter,
                     m_initials.isEmpty() ? QStringLiteral("?") : m_initials);
}

} // namespace Paydesk
