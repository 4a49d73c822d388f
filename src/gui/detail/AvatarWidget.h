#pragma once

#include <QColor>
#include <QImage>
#include <QString>
#include <QWidget>

namespace Paydesk {

// A round picture: the image when there is one, else initials on a circle whose colour is
// derived from a stable seed (the customer id or name).
class AvatarWidget : public QWidget {
    Q_OBJECT
public:
    explicit AvatarWidget(int side, QWidget *parent = nullptr);

    void setPerson(const QString &name, const QString &seed);
    void setImage(const QImage &image);
    void clearImage();
    bool hasImage() const { return !m_image.isNull(); }
    QString initials() const { return m_initials; }

    QSize sizeHint() const override { return {m_side, m_side}; }

    static QString initialsOf(const QString &name);
    static QColor colorFor(const QString &seed);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_side;
    QImage m_image;
    QString m_initials;
    QColor m_color;
};

} // namespace Paydesk
