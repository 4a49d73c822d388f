#pragma once

#include "domain/Checkout.h"
#include "gui/detail/DetailSection.h"

#include <optional>

class QTableWidget;

namespace Paydesk {

// Line items: product, unit amount, quantity and the exact line total, with the sum.
class ItemsSection : public DetailSection {
    Q_OBJECT
public:
    explicit ItemsSection(QWidget *parent = nullptr);
    void setCheckout(const Checkout &checkout);

    // unit * quantity exactly; nullopt on overflow or a negative quantity.
    static std::optional<Money> lineTotal(const CheckoutItem &item);

private:
    QTableWidget *m_table = nullptr;
    QLabel *m_total = nullptr;
};

} // namespace Paydesk
