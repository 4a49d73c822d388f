#pragma once

#include "domain/Checkout.h"
#include "gui/detail/DetailSection.h"

namespace Paydesk {

// Discount (before, discount, after), fees (total, merchant, customer, who pays) and the
// exchange rate when the attempt was made in another currency.
class BreakdownSection : public DetailSection {
    Q_OBJECT
public:
    explicit BreakdownSection(QWidget *parent = nullptr);
    void setCheckout(const Checkout &checkout);

private:
    QString money(const Money &value) const;
    void setMoney(QLabel *label, const std::optional<Money> &value);
    // A side's share of the fees: "not sent" when the provider did not give it.
    void setShare(QLabel *label, const std::optional<Money> &value);
    void setExchange(const Checkout &checkout);

    QLabel *m_before = nullptr;
    QLabel *m_discount = nullptr;
    QLabel *m_after = nullptr;
    QLabel *m_feesTotal = nullptr;
    QLabel *m_feesMerchant = nullptr;
    QLabel *m_feesCustomer = nullptr;
    QLabel *m_feesPaidBy = nullptr;
    QLabel *m_attemptAmount = nullptr;
    QLabel *m_rate = nullptr;
};

// "0.00160000" -> "0.0016", "1.0" -> "1": the same number without trailing zeros.
QString trimDecimal(const QString &decimal);

} // namespace Paydesk
