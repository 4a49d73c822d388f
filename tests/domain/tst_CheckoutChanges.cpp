#include "domain/CheckoutChanges.h"

#include <QTest>

#include <functional>

using namespace Paydesk;
using namespace Qt::StringLiterals;

using Edit = std::function<void(Checkout &)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(QList<CheckoutField>)

namespace {

Money dzd(qint64 dinars) {
    return *Money::fromUnits(dinars * 100, 2, u"DZD"_s);
}

// A pending checkout with every watched part filled in.
Checkout pending() {
    Checkout c;
    c.id = u"01hj5n7cqpaf0mt2d0xx85tgz8"_s;
    c.provider = u"chargily"_s;
    c.status = CheckoutStatus::Pending;
    c.providerStatus = u"pending"_s;
    c.amount = dzd(2500);
    c.amountBeforeDiscount = dzd(5000);
    c.discount = Discount{DiscountType::Percentage, u"50"_s, dzd(2500)};
    c.fees = Fees{dzd(100), dzd(50), dzd(50), u"split"_s};
    c.customer = Customer{u"cus_1"_s, u"Amina Benali"_s, u"amina@example.dz"_s, u"+213555"_s, {}};
    c.method = PaymentMethod{u"edahabia"_s, u"EDAHABIA"_s, {}, {}};
    Attempt attempt;
    attempt.id = u"pa_1"_s;
    attempt.status = u"processing"_s;
    attempt.nextActionType = u"none"_s;
    c.attempt = attempt;
    c.createdAt = QDateTime(QDate(2026, 11, 21), QTime(18, 0), Qt::UTC);
    c.updatedAt = c.createdAt;
    return c;
}

} // namespace

class TestCheckoutChanges : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingChanged() { QCOMPARE(changedFields(pending(), pending()), QList<CheckoutField>()); }

    void oneFieldChanged_data() {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QList<CheckoutField>>("expected");
        using F = CheckoutField;
        const auto row = [](const char *name, Edit edit, QList<CheckoutField> expected) {
            QTest::newRow(name) << edit << expected;
        };
        row("status",
            [](Checkout &c) {
                c.status = CheckoutStatus::Paid;
                c.providerStatus = u"paid"_s;
            },
            {F::Status});
        row("provider's word alone", [](Checkout &c) { c.providerStatus = u"open"_s; },
            {F::Status});
        row("amount", [](Checkout &c) { c.amount = dzd(2400); }, {F::Amount});
        row("amount gone", [](Checkout &c) { c.amount.reset(); }, {F::Amount});
        row("same amount, more digits kept",
            [](Checkout &c) { c.amount = *Money::fromUnits(250000, 2, u"DZD"_s); }, {});
        row("amount before discount", [](Checkout &c) { c.amountBeforeDiscount = dzd(6000); },
            {F::AmountBeforeDiscount});
        row("discount percent", [](Checkout &c) { c.discount->percent = u"40"_s; }, {F::Discount});
        row("discount type", [](Checkout &c) { c.discount->type = DiscountType::Fixed; },
            {F::Discount});
        row("discount removed", [](Checkout &c) { c.discount.reset(); }, {F::Discount});
        row("fees total", [](Checkout &c) { c.fees->total = dzd(120); }, {F::Fees});
        row("fees payer", [](Checkout &c) { c.fees->paidBy = u"merchant"_s; }, {F::Fees});
        row("method code", [](Checkout &c) { c.method->code = u"cib"_s; }, {F::Method});
        row("method label", [](Checkout &c) { c.method->label = u"CIB"_s; }, {F::Method});
        row("method icon is not watched",
            [](Checkout &c) { c.method->iconUrl = QUrl(u"https://x/i.png"_s); }, {});
        row("attempt id", [](Checkout &c) { c.attempt->id = u"pa_2"_s; }, {F::AttemptId});
        row("attempt status", [](Checkout &c) { c.attempt->status = u"failed"_s; },
            {F::AttemptStatus});
        row("next action", [](Checkout &c) { c.attempt->nextActionType = u"approve_on_phone"_s; },
            {F::NextAction});
        row("next action none is no action", [](Checkout &c) { c.attempt->nextActionType.clear(); },
            {});
        row("failure appears",
            [](Checkout &c) {
                c.attempt->failure =
                    AttemptFailure{u"INSUFFICIENT_FUNDS"_s, {}, u"Balance too low"_s};
            },
            {F::Failure});
        row("customer name", [](Checkout &c) { c.customer->name = u"Amina B."_s; },
            {F::CustomerName});
        row("customer email", [](Checkout &c) { c.customer->email.clear(); }, {F::CustomerEmail});
        row("customer phone", [](Checkout &c) { c.customer->phone = u"+213666"_s; },
            {F::CustomerPhone});
        row("customer id alone is not shown as changed",
            [](Checkout &c) { c.customer->id = u"cus_2"_s; }, {});
        row("customer gone", [](Checkout &c) { c.customer.reset(); },
            {F::CustomerName, F::CustomerEmail, F::CustomerPhone});
        row("attempt gone", [](Checkout &c) { c.attempt.reset(); },
            {F::AttemptId, F::AttemptStatus});
        row("times, links and body are not watched",
            [](Checkout &c) {
                c.updatedAt = c.createdAt.addSecs(60);
                c.checkoutUrl = QUrl(u"https://pay.example/c"_s);
                c.rawJson = "{}";
                c.description = u"Order 58"_s;
            },
            {});
    }

    void oneFieldChanged() {
        QFETCH(Edit, edit);
        QFETCH(QList<CheckoutField>, expected);
        Checkout after = pending();
        edit(after);
        QCOMPARE(changedFields(pending(), after), expected);
        // The same fields, seen the other way round.
        QCOMPARE(changedFields(after, pending()), expected);
    }

    void pendingTurnsPaidWithItsAttempt() {
        Checkout paid = pending();
        paid.status = CheckoutStatus::Paid;
        paid.providerStatus = u"paid"_s;
        paid.attempt->status = u"completed"_s;
        paid.customer->phone = u"+213777"_s;
        QCOMPARE(changedFields(pending(), paid),
                 (QList<CheckoutField>{CheckoutField::Status, CheckoutField::AttemptStatus,
                                       CheckoutField::CustomerPhone}));
    }
};

QTEST_APPLESS_MAIN(TestCheckoutChanges)
#include "tst_CheckoutChanges.moc"
