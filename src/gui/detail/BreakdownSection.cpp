#include "gui/detail/BreakdownSection.h"

#include <QLabel>

namespace Paydesk {

BreakdownSection::BreakdownSection(QWidget *parent)
    : DetailSection(QStringLiteral("breakdownSection"), tr("Amounts"), parent) {
    m_before = addTextRow(QStringLiteral("amountBeforeDiscount"), tr("Before discount"));
    m_discount = addTextRow(QStringLiteral("discountValue"), tr("Discount"));
    m_after = addTextRow(QStringLiteral("amountAfterDiscount"), tr("After discount"));
    m_feesTotal = addTextRow(QStringLiteral("feesTotal"), tr("Fees"));
    m_feesMerchant = addTextRow(QStringLiteral("feesMerchant"), tr("Paid by the merchant"));
    m_feesCustomer = addTextRow(QStringLiteral("feesCustomer"), tr("Paid by the customer"));
    m_feesPaidBy = addTextRow(QStringLiteral("feesPaidBy"), tr("Fees allocation"));
    m_attemptAmount = addTextRow(QStringLiteral("attemptAmount"), tr("Charged as"));
    m_rate = addTextRow(QStringLiteral("exchangeRate"), tr("Exchange rate"));
}

QString BreakdownSection::money(const Money &value) const {
    return leftToRight(formatMoney(value, locale()));
}

void BreakdownSection::setMoney(QLabel *label, const std::optional<Money> &value) {
    if (!value) {
        setValue(label, {});
        return;
    }
    setValue(label, money(*value), value->toDecimalString() + u' ' + value->currency());
}

void BreakdownSection::setShare(QLabel *label, const std::optional<Money> &value) {
    if (value)
        setMoney(label, value);
    else
        setValue(label, tr("not sent"), tr("The provider did not say how the fees are shared."));
}

void BreakdownSection::setCheckout(const Checkout &checkout) {
    resetRows();
    if (checkout.discount) {
        setMoney(m_before, checkout.amountBeforeDiscount);
        const Discount &discount = *checkout.discount;
        const QString taken = money(discount.amount);
        if (discount.type == DiscountType::Percentage && !discount.percent.isEmpty()) {
            setValue(m_discount, tr("%1% (−%2)").arg(trimDecimal(discount.percent), taken));
        } else {
            setValue(m_discount, tr("−%1").arg(taken));
        }
        setMoney(m_after, checkout.amount);
    }
    if (checkout.fees) {
        const Fees &fees = *checkout.fees;
        setMoney(m_feesTotal, fees.total);
        if (!fees.total.isZero()) {
            setShare(m_feesMerchant, fees.merchant);
            setShare(m_feesCustomer, fees.customer);
        }
        QString paidBy;
        if (fees.paidBy == u"customer")
            paidBy = tr("The customer pays the fees");
        else if (fees.paidBy == u"merchant")
            paidBy = tr("The merchant pays the fees");
        else if (fees.paidBy == u"split")
            paidBy = tr("Split between merchant and customer");
        else
            paidBy = fees.paidBy;
        setValue(m_feesPaidBy, paidBy);
    }
    setExchange(checkout);
    updateVisibility();
}

void BreakdownSection::setExchange(const Checkout &checkout) {
    const std::optional<Money> attempt =
        checkout.attempt ? checkout.attempt->amount : std::optional<Money>();
    const bool otherCurrency =
        attempt && checkout.amount && attempt->currency() != checkout.amount->currency();
    const bool rateAcross = checkout.exchangeRate && !checkout.exchangeRate->from.isEmpty()
                            && checkout.exchangeRate->from != checkout.exchangeRate->to;
    if (!otherCurrency && !rateAcross)
        return;
    if (attempt)
        setMoney(m_attemptAmount, attempt);
    if (checkout.exchangeRate) {
        const ExchangeRate &rate = *checkout.exchangeRate;
        const QString text =
            rate.from.isEmpty()
                ? trimDecimal(rate.value)
                : tr("1 %1 = %2 %3").arg(rate.from, trimDecimal(rate.value), rate.to);
        setValue(m_rate, leftToRight(text), rate.value);
    }
}

QString trimDecimal(const QString &decimal) {
    QString text = decimal.trimmed();
    if (!text.contains(u'.'))
        return text;
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace Paydesk
