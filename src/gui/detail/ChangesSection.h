#pragma once

#include "domain/Checkout.h"
#include "domain/CheckoutChanges.h"
#include "gui/detail/DetailSection.h"

#include <QHash>

namespace Paydesk {

// "Changed since the last lookup": one row per watched field that differs from the checkout
// as it was before, the new value with the old one struck through beside it ("Paid (was:
// ~~Pending~~)"), on a background tinted from the palette's highlight. Hidden when nothing
// changed or there is nothing to compare with.
class ChangesSection : public DetailSection {
    Q_OBJECT
public:
    explicit ChangesSection(QWidget *parent = nullptr);

    void setChanges(const Checkout &previous, const Checkout &current);
    void clearChanges();
    // The fields marked, in CheckoutField order.
    QList<CheckoutField> markedFields() const { return m_marked; }
    // A watched field as the pane writes it, "none" when the checkout has no such part.
    static QString fieldText(const Checkout &checkout, CheckoutField field, const QLocale &locale);
    // The background: a light wash of the palette's highlight over its base.
    QColor tint() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void addFieldRow(CheckoutField field, const QString &objectName, const QString &caption);

    QHash<CheckoutField, QLabel *> m_values;
    QList<CheckoutField> m_marked;
};

} // namespace Paydesk
