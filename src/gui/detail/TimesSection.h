#pragma once

#include "domain/Checkout.h"
#include "gui/detail/DetailSection.h"

#include <QDateTime>
#include <QTimer>

#include <functional>

namespace Paydesk {

// Created, updated, completed and expiry times in local time with "x minutes ago" (UTC in the
// tooltip); the expiry counts down once a second while the checkout is in progress and the
// section is visible.
class TimesSection : public DetailSection {
    Q_OBJECT
public:
    explicit TimesSection(QWidget *parent = nullptr);

    void setCheckout(const Checkout &checkout);
    void setClock(std::function<QDateTime()> clock);
    bool isTicking() const { return m_timer->isActive(); }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refresh();
    void updateTimer();
    void setTime(QLabel *label, const QDateTime &when, const QDateTime &now);

    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_completed = nullptr;
    QLabel *m_expires = nullptr;
    QTimer *m_timer = nullptr;
    std::function<QDateTime()> m_clock;
    Checkout m_checkout;
    bool m_hasCheckout = false;
};

} // namespace Paydesk
