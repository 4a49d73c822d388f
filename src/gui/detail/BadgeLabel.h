#pragma once

#include "gui/common/StatusStyle.h"

#include <QWidget>

namespace Paydesk {

// A status or mode badge (the same painting as the recent lookups' delegate).
class BadgeLabel : public QWidget {
    Q_OBJECT
public:
    explicit BadgeLabel(QWidget *parent = nullptr);

    void setBadge(const BadgeStyle &style);
    QString text() const { return m_style.text; }
    QColor background() const { return m_style.background; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    BadgeStyle m_style;
};

} // namespace Paydesk
