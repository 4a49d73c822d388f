#include "gui/detail/ChangesSection.h"

#include "gui/common/StatusStyle.h"

#include <QLabel>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Paydesk {

ChangesSection::ChangesSection(QWidget *parent)
    : DetailSection(u"changesSection"_s, tr("Changed since the last lookup"), parent) {
    using F = CheckoutField;
    addFieldRow(F::Status, u"changedStatus"_s, tr("Status"));
    addFieldRow(F::Amount, u"changedAmount"_s, tr("Amount"));
    addFieldRow(F::AmountBeforeDiscount, u"changedAmountBeforeDiscount"_s, tr("Before discount"));
    addFieldRow(F::Discount, u"changedDiscount"_s, tr("Discount"));
    addFieldRow(F::Fees, u"changedFees"_s, tr("Fees"));
    addFieldRow(F::Method, u"changedMethod"_s, tr("Method"));
    addFieldRow(F::AttemptId, u"changedAttemptId"_s, tr("Attempt"));
    addFieldRow(F::AttemptStatus, u"changedAttemptStatus"_s, tr("Attempt status"));
    addFieldRow(F::NextAction, u"changedNextAction"_s, tr("Next action"));
    addFieldRow(F::Failure, u"changedFailure"_s, tr("Failure"));
    addFieldRow(F::CustomerName, u"changedCustomerName"_s, tr("Customer"));
    addFieldRow(F::CustomerEmail, u"changedCustomerEmail"_s, tr("E-mail"));
    addFieldRow(F::CustomerPhone, u"changedCustomerPhone"_s, tr("Phone"));
    setFrameShape(QFrame::StyledPanel);
    setContentsMargins(8, 2, 8, 2);
    setVisible(false);
}

void ChangesSection::addFieldRow(CheckoutField field, const QString &objectName,
                                 const QString &caption) {
    QLabel *value = addTextRow(objectName, caption);
    // The old value is struck through: rich text, built from escaped plain text only.
    value->setTextFormat(Qt::RichText);
    m_values.insert(field, value);
}

void ChangesSection::setChanges(const Checkout &previous, const Checkout &current) {
    resetRows();
    m_marked = changedFields(previous, current);
    const QLocale here = locale();
    for (CheckoutField field : std::as_const(m_marked)) {
        const QString now = fieldText(current, field, here);
        const QString was = fieldText(previous, field, here);
        QLabel *label = m_values.value(field);
        // Amounts, ids and the providers' words read left to right; a status is a word of the
        // interface's language and follows its direction.
        const auto shown = [field](const QString &text) {
            return field == CheckoutField::Status ? text : leftToRight(text);
        };
        //: A changed value, then the value before it (shown struck through).
        setValue(label,
                 tr("%1 (was: %2)")
                     .arg(shown(now).toHtmlEscaped(),
                          QString(u"<s>"_s + shown(was).toHtmlEscaped() + u"</s>"_s)),
                 tr("Before: %1").arg(was));
        // Screen readers do not say "struck through": the words carry it.
        label->setAccessibleName(tr("%1, was %2").arg(now, was));
    }
    updateVisibility();
}

void ChangesSection::clearChanges() {
    resetRows();
    m_marked.clear();
    updateVisibility();
}

QString ChangesSection::fieldText(const Checkout &checkout, CheckoutField field,
                                  const QLocale &locale) {
    const auto money = [&locale](const std::optional<Money> &value) {
        return value ? formatMoney(*value, locale) : QString();
    };
    QString text;
    switch (field) {
    case CheckoutField::Status:
        text = statusText(checkout.status);
        if (!checkout.providerStatus.isEmpty()
            && checkout.providerStatus != statusKey(checkout.status))
            text = tr("%1 (%2)").arg(text, checkout.providerStatus);
        break;
    case CheckoutField::Amount:
        text = money(checkout.amount);
        break;
    case CheckoutField::AmountBeforeDiscount:
        text = money(checkout.amountBeforeDiscount);
        break;
    case CheckoutField::Discount:
        if (checkout.discount) {
            const Discount &discount = *checkout.discount;
            text = discount.type == DiscountType::Percentage && !discount.percent.isEmpty()
                       ? tr("%1% (−%2)").arg(discount.percent, money(discount.amount))
                       : tr("−%1").arg(money(discount.amount));
        }
        break;
    case CheckoutField::Fees:
        if (checkout.fees) {
            text = money(checkout.fees->total);
            if (!checkout.fees->paidBy.isEmpty())
                text = tr("%1, paid by: %2").arg(text, checkout.fees->paidBy);
        }
        break;
    case CheckoutField::Method:
        if (checkout.method)
            text =
                checkout.method->label.isEmpty() ? checkout.method->code : checkout.method->label;
        break;
    case CheckoutField::AttemptId:
        text = checkout.attempt ? checkout.attempt->id : QString();
        break;
    case CheckoutField::AttemptStatus:
        text = checkout.attempt ? checkout.attempt->status : QString();
        break;
    case CheckoutField::NextAction:
        if (checkout.attempt && checkout.attempt->nextActionType != u"none"_s)
            text = checkout.attempt->nextActionType;
        break;
    case CheckoutField::Failure:
        if (checkout.attempt && checkout.attempt->failure) {
            const AttemptFailure &failure = *checkout.attempt->failure;
            text = failure.message.isEmpty() ? failure.code : failure.message;
        }
        break;
    case CheckoutField::CustomerName:
        text = checkout.customer ? checkout.customer->name : QString();
        break;
    case CheckoutField::CustomerEmail:
        text = checkout.customer ? checkout.customer->email : QString();
        break;
    case CheckoutField::CustomerPhone:
        text = checkout.customer ? checkout.customer->phone : QString();
        break;
    }
    //: A changed field's value when the checkout had or has no such part.
    return text.isEmpty() ? tr("none") : text;
}

// Painted from the palette each time rather than set once, so it follows a palette that
// changes while the pane is open (a desktop switching to dark). Visible in a light and a dark
// palette alike, with the palette's own text colour still readable on it.
QColor ChangesSection::tint() const {
    const QColor base = palette().color(QPalette::Base);
    const QColor highlight = palette().color(QPalette::Highlight);
    constexpr float share = 0.18F;
    return QColor::fromRgbF(base.redF() * (1 - share) + highlight.redF() * share,
                            base.greenF() * (1 - share) + highlight.greenF() * share,
                            base.blueF() * (1 - share) + highlight.blueF() * share);
}

void ChangesSection::paintEvent(QPaintEvent *event) {
    QPainter painter(this);
    painter.fillRect(rect(), tint());
    painter.end();
    DetailSection::paintEvent(event);
}

} // namespace Paydesk
