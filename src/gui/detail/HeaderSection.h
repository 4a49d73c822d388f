#pragma once

#include "domain/Checkout.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace Paydesk {

class BadgeLabel;

// The amount, status and mode badges, provider and account, and the id with its copy button.
class HeaderSection : public QWidget {
    Q_OBJECT
public:
    explicit HeaderSection(QWidget *parent = nullptr);
    void setCheckout(const Checkout &checkout);

private:
    QLabel *m_amount = nullptr;
    BadgeLabel *m_status = nullptr;
    BadgeLabel *m_mode = nullptr;
    QLabel *m_provider = nullptr;
    QLabel *m_id = nullptr;
    QToolButton *m_copyId = nullptr;
    QLabel *m_paymentCaption = nullptr;
    QLabel *m_paymentId = nullptr;
    QToolButton *m_copyPaymentId = nullptr;
    QToolButton *m_copyAmount = nullptr;
    QString m_rawAmount;
    QString m_rawId;
    QString m_rawPaymentId;
};

} // namespace Paydesk
