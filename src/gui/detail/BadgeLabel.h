#pragma once

#include "gui/common/StatusStyle.h"

#include <QWidget>

namespace Paydesk {

// A status or mode badge (the same painting as the recent lookups' delegate), in the colours
// of its palette: a theme change repaints it in the new ones.
class BadgeLabel : public QWidget {
    Q_OBJECT
public:
    explicit BadgeLabel(QWidget *parent = nullptr);

    void setBadge(const BadgeStyle &style);
    QString text() const { return m_style.text; }
    // The text as painted at the present size: elided when the badge is narrower than its hint.
    QString shownText() const;
    BadgeStyle badge() const { return m_style; }
    // The colours it is painted in now.
    ToneColors colors() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    BadgeStyle m_style;
};

} // namespace Paydesk
