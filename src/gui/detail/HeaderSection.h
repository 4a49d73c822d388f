#pragma once

#include "domain/Checkout.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QTimer;
class QToolButton;

namespace Paydesk {

class BadgeLabel;
class ElidedLabel;

// The amount; the status and mode badges with what the status means now (the last attempt's
// failure, what the customer must do, or when a final status was reached); provider and
// account; the ids with their copy buttons.
class HeaderSection : public QWidget {
    Q_OBJECT
public:
    explicit HeaderSection(QWidget *parent = nullptr);
    void setCheckout(const Checkout &checkout);
    // "Now" for "Paid 2 hours ago"; the system clock by default.
    void setClock(std::function<QDateTime()> clock);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateStory();

    QLabel *m_amount = nullptr;
    BadgeLabel *m_status = nullptr;
    BadgeLabel *m_mode = nullptr;
    QLabel *m_story = nullptr;
    QLabel *m_provider = nullptr;
    ElidedLabel *m_id = nullptr;
    QToolButton *m_copyId = nullptr;
    QLabel *m_paymentCaption = nullptr;
    ElidedLabel *m_paymentId = nullptr;
    QToolButton *m_copyPaymentId = nullptr;
    QToolButton *m_copyAmount = nullptr;
    QTimer *m_storyTimer = nullptr;
    std::function<QDateTime()> m_clock;
    Checkout m_checkout;
    QString m_rawAmount;
};

} // namespace Paydesk
