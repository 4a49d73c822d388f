#include "gui/detail/ItemsSection.h"

#include "gui/detail/MetadataSection.h"

#include <QLabel>
#include <QTableWidget>

namespace Paydesk {

namespace {

QTableWidgetItem *amountItem(const QString &text, const QString &raw) {
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(raw);
    item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}

} // namespace

ItemsSection::ItemsSection(QWidget *parent)
    : DetailSection(QStringLiteral("itemsSection"), tr("Items"), parent) {
    m_table =
        makeDetailTable(QStringLiteral("itemsTable"),
                        {tr("Product"), tr("Unit amount"), tr("Quantity"), tr("Total")}, this);
    addWideRow(m_table);
    m_total = addTextRow(QStringLiteral("itemsTotal"), tr("Items total"));
}

std::optional<Money> ItemsSection::lineTotal(const CheckoutItem &item) {
    if (item.quantity < 0 || !item.unitAmount.isValid())
        return std::nullopt;
    qint64 units = 0;
    if (__builtin_mul_overflow(item.unitAmount.units(), qint64(item.quantity), &units))
        return std::nullopt;
    return Money::fromUnits(units, item.unitAmount.scale(), item.unitAmount.currency());
}

void ItemsSection::setCheckout(const Checkout &checkout) {
    resetRows();
    m_table->setRowCount(int(checkout.items.size()));
    std::optional<Money> sum;
    bool sumExact = true;
    for (int row = 0; row < checkout.items.size(); ++row) {
        const CheckoutItem &item = checkout.items.at(row);
        const QString product = item.productId.isEmpty() ? item.id : item.productId;
        m_table->setItem(row, 0, new QTableWidgetItem(product));
        const bool unitSent = item.unitAmount.isValid();
        m_table->setItem(row, 1,
                         unitSent ? amountItem(formatMoney(item.unitAmount, locale()),
                                               item.unitAmount.toDecimalString())
                                  : new QTableWidgetItem(tr("not sent")));
        auto *quantity = new QTableWidgetItem(locale().toString(item.quantity));
        quantity->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_table->setItem(row, 2, quantity);
        const std::optional<Money> total = lineTotal(item);
        m_table->setItem(row, 3,
                         total ? amountItem(formatMoney(*total, locale()), total->toDecimalString())
                               : new QTableWidgetItem(unitSent ? tr("overflow") : tr("not sent")));
        if (!total)
            sumExact = false;
        else if (!sum)
            sum = total;
        else if (const auto next = sum->plus(*total))
            sum = next;
        else
            sumExact = false;
    }
    fitTableHeight(m_table);
    setRowShown(m_table, !checkout.items.isEmpty());
    if (sum && sumExact && checkout.items.size() > 1)
        setValue(m_total, leftToRight(formatMoney(*sum, locale())), sum->toDecimalString());
    updateVisibility();
}

} // namespace Paydesk
