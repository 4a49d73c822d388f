#include "../domain/FixtureHelpers.h"

#include "domain/CheckoutJson.h"
#include "providers/chargily/ChargilyParser.h"

#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;
using namespace TestHelpers;

Q_DECLARE_METATYPE(QJsonValue)

namespace {

QByteArray docsExample() {
    return fixture(u"chargily/checkout_docs_example.json"_s);
}

QByteArray paidExample() {
    return fixture(u"chargily/checkout_paid_edahabia.json"_s);
}

QDateTime fromUnix(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QString decimal(const std::optional<Money> &money) {
    return money ? money->toDecimalString() : u"(absent)"_s;
}

} // namespace

class TestChargilyParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void docsExampleFieldByField();
    void paidEdahabiaFieldByField();
    void webhookShapeFieldByField();
    void fixedDiscountFromItsValue();
    void statusWords_data();
    void statusWords();
    void livemode_data();
    void livemode();
    void paymentMethods_data();
    void paymentMethods();
    void discounts_data();
    void discounts();
    void fees_data();
    void fees();
    void feesNotSentAreNullInJson();
    void amounts_data();
    void amounts();
    void timestamps_data();
    void timestamps();
    void refusedBodies_data();
    void refusedBodies();
    void toleratedHostileFields_data();
    void toleratedHostileFields();
    void customer();
    void customerRefusals_data();
    void customerRefusals();
    void itemsPage();
    void itemsHostile_data();
    void itemsHostile();
};

void TestChargilyParser::docsExampleFieldByField() {
    const QByteArray body = docsExample();
    const Result<Checkout> result = parseChargilyCheckout(body);
    QVERIFY(result.ok());
    const Checkout &c = result.value();
    QCOMPARE(c.id, u"01hj5n7cqpaf0mt2d0xx85tgz8"_s);
    QCOMPARE(c.provider, QStringLiteral("chargily"));
    QCOMPARE(c.account, QString());
    QCOMPARE(c.mode, std::optional<Mode>(Mode::Test));
    QCOMPARE(c.status, CheckoutStatus::Pending);
    QCOMPARE(c.providerStatus, u"pending"_s);
    QCOMPARE(decimal(c.amount), u"2500.00"_s);
    QCOMPARE(c.amount->currency(), u"DZD"_s);
    QCOMPARE(decimal(c.amountBeforeDiscount), u"5000.00"_s);
    QVERIFY(c.discount);
    QCOMPARE(c.discount->type, DiscountType::Percentage);
    QCOMPARE(c.discount->percent, u"50"_s);
    QCOMPARE(c.discount->amount.toDecimalString(), u"2500.00"_s);
    QCOMPARE(c.discount->amount.currency(), u"DZD"_s);
    QVERIFY(c.fees);
    QCOMPARE(c.fees->total.toDecimalString(), u"0.00"_s);
    QCOMPARE(decimal(c.fees->merchant), u"0.00"_s);
    QCOMPARE(decimal(c.fees->customer), u"0.00"_s);
    QCOMPARE(c.fees->paidBy, u"customer"_s);
    QVERIFY(c.customer);
    QCOMPARE(c.customer->id, u"01hj150206g0jxnh5r2yvvdrna"_s);
    QCOMPARE(c.customer->name, QString());
    QCOMPARE(c.customer->email, QString());
    QVERIFY(!c.method);
    QVERIFY(!c.attempt);
    QVERIFY(!c.exchangeRate);
    QCOMPARE(c.checkoutUrl,
             QUrl(u"https://pay.chargily.dz/test/checkouts/01hj5n7cqpaf0mt2d0xx85tgz8/pay"_s));
    QCOMPARE(c.description, QString());
    QVERIFY(c.metadata.isNull());
    QCOMPARE(c.createdAt, fromUnix(1703144567));
    QCOMPARE(c.createdAt, QDateTime(QDate(2023, 12, 21), QTime(7, 42, 47), Qt::UTC));
    QCOMPARE(c.updatedAt, fromUnix(1703144567));
    QVERIFY(!c.expiresAt.isValid());
    QVERIFY(!c.completedAt.isValid());
    QCOMPARE(c.successUrl, QUrl(u"https://my-app.com/payments/success"_s));
    QCOMPARE(c.failureUrl, QUrl(u"https://my-app.com/payments/failure"_s));
    QCOMPARE(c.locale, u"en"_s);
    QCOMPARE(c.paymentId, QString());
    QCOMPARE(c.providerAmountText, QString());
    QVERIFY(c.returnUrl.isEmpty());
    QVERIFY(c.items.isEmpty());
    QCOMPARE(c.rawJson, body);
}

void TestChargilyParser::paidEdahabiaFieldByField() {
    const Result<Checkout> result = parseChargilyCheckout(paidExample());
    QVERIFY(result.ok());
    const Checkout &c = result.value();
    QCOMPARE(c.id, u"01hkq3m9v7r2x8c4t6b0n5w1ye"_s);
    QCOMPARE(c.mode, std::optional<Mode>(Mode::Live));
    QCOMPARE(c.status, CheckoutStatus::Paid);
    QCOMPARE(c.providerStatus, u"paid"_s);
    QCOMPARE(decimal(c.amount), u"12000.00"_s);
    QVERIFY2(!c.amountBeforeDiscount, "only set when a discount exists");
    QVERIFY(!c.discount);
    QVERIFY(c.fees);
    QCOMPARE(c.fees->total.toDecimalString(), u"300.00"_s);
    QCOMPARE(decimal(c.fees->merchant), u"150.00"_s);
    QCOMPARE(decimal(c.fees->customer), u"150.00"_s);
    QCOMPARE(c.fees->paidBy, u"split"_s);
    QVERIFY(c.customer);
    QCOMPARE(c.customer->id, u"01hkq3k0aa1b2c3d4e5f6g7h8j"_s);
    QVERIFY(c.method);
    QCOMPARE(c.method->code, u"edahabia"_s);
    QCOMPARE(c.method->label, u"EDAHABIA"_s);
    QCOMPARE(c.method->category, QString());
    QVERIFY(c.method->iconUrl.isEmpty());
    QCOMPARE(c.checkoutUrl,
             QUrl(u"https://pay.chargily.dz/checkouts/01hkq3m9v7r2x8c4t6b0n5w1ye/pay"_s));
    QCOMPARE(c.description, u"Commande 58"_s);
    QCOMPARE(c.metadata, QJsonValue(QJsonArray{QJsonObject{{u"order"_s, u"58"_s}}}));
    QCOMPARE(c.createdAt, fromUnix(1732190400));
    QCOMPARE(c.updatedAt, fromUnix(1732190700));
    QCOMPARE(c.successUrl, QUrl(u"https://boutique.example.dz/ok"_s));
    QCOMPARE(c.failureUrl, QUrl(u"https://boutique.example.dz/ko"_s));
    QCOMPARE(c.locale, u"fr"_s);
}

void TestChargilyParser::webhookShapeFieldByField() {
    const Result<Checkout> result =
        parseChargilyCheckout(localFixture(u"chargily_webhook_checkout.json"_s));
    QVERIFY(result.ok());
    const Checkout &c = result.value();
    QCOMPARE(c.id, u"01hm2a7k3q9w8e7r6t5y4u3i2o"_s);
    QCOMPARE(c.mode, std::optional<Mode>(Mode::Test));
    QCOMPARE(c.status, CheckoutStatus::Expired);
    QCOMPARE(c.providerStatus, u"expired"_s);
    QCOMPARE(decimal(c.amount), u"4000.00"_s);
    QCOMPARE(decimal(c.amountBeforeDiscount), u"5000.00"_s);
    QVERIFY(c.discount);
    QCOMPARE(c.discount->type, DiscountType::Fixed);
    QCOMPARE(c.discount->percent, QString());
    QCOMPARE(c.discount->amount.toDecimalString(), u"1000.00"_s);
    QVERIFY(c.fees);
    QCOMPARE(c.fees->total.toDecimalString(), u"100.00"_s);
    QCOMPARE(decimal(c.fees->merchant), u"100.00"_s);
    QCOMPARE(decimal(c.fees->customer), u"0.00"_s);
    QCOMPARE(c.fees->paidBy, u"merchant"_s);
    QVERIFY2(!c.customer, "customer_id is null");
    QVERIFY(c.method);
    QCOMPARE(c.method->code, u"chargily_app"_s);
    QCOMPARE(c.method->label, u"Chargily App"_s);
    QCOMPARE(c.checkoutUrl,
             QUrl(u"https://pay.chargily.dz/test/checkouts/01hm2a7k3q9w8e7r6t5y4u3i2o/pay"_s));
    QCOMPARE(c.description, u"Abonnement mensuel"_s);
    QCOMPARE(c.metadata, QJsonValue(QJsonObject{{u"plan"_s, u"monthly"_s}}));
    QCOMPARE(c.createdAt, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(c.updatedAt, QDateTime(QDate(2025, 1, 1), QTime(0, 30), Qt::UTC));
    QCOMPARE(c.successUrl, QUrl(u"https://abonnement.example.dz/merci"_s));
    QVERIFY(c.failureUrl.isEmpty());
    QCOMPARE(c.locale, u"ar"_s);
}

void TestChargilyParser::fixedDiscountFromItsValue() {
    const Result<Checkout> result =
        parseChargilyCheckout(localFixture(u"chargily_fixed_discount_no_before.json"_s));
    QVERIFY(result.ok());
    const Checkout &c = result.value();
    QCOMPARE(c.mode, std::optional<Mode>(Mode::Live));
    QCOMPARE(c.status, CheckoutStatus::Processing);
    QVERIFY(!c.amount);
    QVERIFY2(!c.fees, "fees is null");
    QVERIFY(c.discount);
    QCOMPARE(c.discount->type, DiscountType::Fixed);
    QCOMPARE(c.discount->amount.toDecimalString(), u"750.00"_s);
    QCOMPARE(decimal(c.amountBeforeDiscount), u"3000.00"_s);
    QCOMPARE(c.method->label, u"CIB"_s);
    QVERIFY(!c.createdAt.isValid());
}

void TestChargilyParser::statusWords_data() {
    QTest::addColumn<QJsonValue>("word");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("providerStatus");

    QTest::newRow("pending") << QJsonValue(u"pending"_s) << int(CheckoutStatus::Pending)
                             << u"pending"_s;
    QTest::newRow("processing") << QJsonValue(u"processing"_s) << int(CheckoutStatus::Processing)
                                << u"processing"_s;
    QTest::newRow("paid") << QJsonValue(u"paid"_s) << int(CheckoutStatus::Paid) << u"paid"_s;
    QTest::newRow("failed") << QJsonValue(u"failed"_s) << int(CheckoutStatus::Failed)
                            << u"failed"_s;
    QTest::newRow("canceled, American spelling")
        << QJsonValue(u"canceled"_s) << int(CheckoutStatus::Canceled) << u"canceled"_s;
    QTest::newRow("cancelled, British spelling")
        << QJsonValue(u"cancelled"_s) << int(CheckoutStatus::Canceled) << u"cancelled"_s;
    QTest::newRow("expired") << QJsonValue(u"expired"_s) << int(CheckoutStatus::Expired)
                             << u"expired"_s;
    QTest::newRow("a new word is unknown but kept")
        << QJsonValue(u"disputed"_s) << int(CheckoutStatus::Unknown) << u"disputed"_s;
    QTest::newRow("missing status is unknown")
        << QJsonValue(QJsonValue::Undefined) << int(CheckoutStatus::Unknown) << QString();
    QTest::newRow("status of the wrong type is unknown")
        << QJsonValue(QJsonArray{u"paid"_s}) << int(CheckoutStatus::Unknown) << QString();
}

void TestChargilyParser::statusWords() {
    QFETCH(QJsonValue, word);
    QFETCH(int, status);
    QFETCH(QString, providerStatus);
    const Result<Checkout> result = parseChargilyCheckout(edited(docsExample(), u"status"_s, word));
    QVERIFY(result.ok());
    QCOMPARE(int(result.value().status), status);
    QCOMPARE(result.value().providerStatus, providerStatus);
}

void TestChargilyParser::livemode_data() {
    QTest::addColumn<QJsonValue>("livemode");
    QTest::addColumn<int>("mode"); // -1: none

    QTest::newRow("false is test mode") << QJsonValue(false) << int(Mode::Test);
    QTest::newRow("true is live mode") << QJsonValue(true) << int(Mode::Live);
    QTest::newRow("the string false") << QJsonValue(u"false"_s) << int(Mode::Test);
    QTest::newRow("the string true") << QJsonValue(u"true"_s) << int(Mode::Live);
    QTest::newRow("0 is test mode") << QJsonValue(0) << int(Mode::Test);
    QTest::newRow("1 is live mode") << QJsonValue(1) << int(Mode::Live);
    QTest::newRow("2 says nothing") << QJsonValue(2) << -1;
    QTest::newRow("null says nothing") << QJsonValue(QJsonValue::Null) << -1;
    QTest::newRow("absent says nothing") << QJsonValue(QJsonValue::Undefined) << -1;
    QTest::newRow("a word says nothing") << QJsonValue(u"sometimes"_s) << -1;
}

void TestChargilyParser::livemode() {
    QFETCH(QJsonValue, livemode);
    QFETCH(int, mode);
    const Result<Checkout> result =
        parseChargilyCheckout(edited(docsExample(), u"livemode"_s, livemode));
    QVERIFY(result.ok());
    if (mode < 0)
        QCOMPARE(result.value().mode, std::nullopt);
    else
        QCOMPARE(result.value().mode, std::optional<Mode>(Mode(mode)));
}

void TestChargilyParser::paymentMethods_data() {
    QTest::addColumn<QJsonValue>("method");
    QTest::addColumn<QString>("code"); // empty: no method
    QTest::addColumn<QString>("label");

    QTest::newRow("EDAHABIA card") << QJsonValue(u"edahabia"_s) << u"edahabia"_s << u"EDAHABIA"_s;
    QTest::newRow("CIB card") << QJsonValue(u"cib"_s) << u"cib"_s << u"CIB"_s;
    QTest::newRow("Chargily App") << QJsonValue(u"chargily_app"_s) << u"chargily_app"_s
                                  << u"Chargily App"_s;
    QTest::newRow("an unknown method keeps its code as label")
        << QJsonValue(u"baridimob"_s) << u"baridimob"_s << u"baridimob"_s;
    QTest::newRow("null before payment") << QJsonValue(QJsonValue::Null) << QString() << QString();
    QTest::newRow("an object is no method")
        << QJsonValue(QJsonObject{{u"code"_s, u"cib"_s}}) << QString() << QString();
}

void TestChargilyParser::paymentMethods() {
    QFETCH(QJsonValue, method);
    QFETCH(QString, code);
    QFETCH(QString, label);
    const Result<Checkout> result =
        parseChargilyCheckout(edited(docsExample(), u"payment_method"_s, method));
    QVERIFY(result.ok());
    QCOMPARE(result.value().method.has_value(), !code.isEmpty());
    if (code.isEmpty())
        return;
    QCOMPARE(result.value().method->code, code);
    QCOMPARE(result.value().method->label, label);
}

void TestChargilyParser::discounts_data() {
    QTest::addColumn<QJsonValue>("discount");
    QTest::addColumn<QJsonValue>("amount");
    QTest::addColumn<QJsonValue>("before");
    QTest::addColumn<QString>("type"); // empty: no discount
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("taken");

    auto discount = [](const QJsonValue &type, const QJsonValue &value) {
        return QJsonValue(QJsonObject{{u"type"_s, type}, {u"value"_s, value}});
    };
    const QJsonValue null(QJsonValue::Null);

    QTest::newRow("percentage: half of 5000")
        << discount(u"percentage"_s, 50) << QJsonValue(2500) << QJsonValue(5000) << u"percentage"_s
        << u"50"_s << u"2500.00"_s;
    QTest::newRow("percentage with decimals is exact")
        << discount(u"percentage"_s, 12.5) << QJsonValue(875) << QJsonValue(1000) << u"percentage"_s
        << u"12.5"_s << u"125.00"_s;
    QTest::newRow("percentage as a string")
        << discount(u"percentage"_s, u"10.00"_s) << QJsonValue(900) << QJsonValue(1000)
        << u"percentage"_s << u"10"_s << u"100.00"_s;
    QTest::newRow("fixed: the difference wins over the value")
        << discount(u"fixed"_s, 999) << QJsonValue(4000) << QJsonValue(5000) << u"fixed"_s
        << QString() << u"1000.00"_s;
    QTest::newRow("any other type is fixed")
        << discount(u"amount"_s, 1000) << QJsonValue(4000) << QJsonValue(5000) << u"fixed"_s
        << QString() << u"1000.00"_s;
    QTest::newRow("missing type is fixed")
        << discount(QJsonValue::Undefined, 1000) << QJsonValue(4000) << QJsonValue(5000)
        << u"fixed"_s << QString() << u"1000.00"_s;
    QTest::newRow("null discount is none")
        << null << QJsonValue(2500) << QJsonValue(5000) << QString() << QString() << QString();
    QTest::newRow("null amount_without_discount is none")
        << discount(u"percentage"_s, 50) << QJsonValue(2500) << null << QString() << QString()
        << QString();
    QTest::newRow("amount_without_discount 0 is none")
        << discount(u"percentage"_s, 50) << QJsonValue(2500) << QJsonValue(0) << QString()
        << QString() << QString();
    QTest::newRow("negative amount_without_discount is none")
        << discount(u"fixed"_s, 50) << QJsonValue(2500) << QJsonValue(-5000) << QString()
        << QString() << QString();
    QTest::newRow("a discount that raises the price is none")
        << discount(u"fixed"_s, 50) << QJsonValue(6000) << QJsonValue(5000) << QString()
        << QString() << QString();
    QTest::newRow("discount as an array is none")
        << QJsonValue(QJsonArray{u"percentage"_s, 50}) << QJsonValue(2500) << QJsonValue(5000)
        << QString() << QString() << QString();
    QTest::newRow("discount as a number is none")
        << QJsonValue(50) << QJsonValue(2500) << QJsonValue(5000) << QString() << QString()
        << QString();
    QTest::newRow("percentage without an amount is none")
        << discount(u"percentage"_s, 50) << null << QJsonValue(5000) << QString() << QString()
        << QString();
    QTest::newRow("fixed without an amount uses the value")
        << discount(u"fixed"_s, 600) << null << QJsonValue(5000) << u"fixed"_s << QString()
        << u"600.00"_s;
    QTest::newRow("huge amount_without_discount is none")
        << discount(u"fixed"_s, 600) << QJsonValue(2500) << QJsonValue(1e300) << QString()
        << QString() << QString();
}

void TestChargilyParser::discounts() {
    QFETCH(QJsonValue, discount);
    QFETCH(QJsonValue, amount);
    QFETCH(QJsonValue, before);
    QFETCH(QString, type);
    QFETCH(QString, percent);
    QFETCH(QString, taken);
    QByteArray body = edited(docsExample(), u"discount"_s, discount);
    body = edited(body, u"amount"_s, amount);
    body = edited(body, u"amount_without_discount"_s, before);
    const Result<Checkout> result = parseChargilyCheckout(body);
    QVERIFY(result.ok());
    const Checkout &c = result.value();
    QCOMPARE(c.discount.has_value(), !type.isEmpty());
    QCOMPARE(c.amountBeforeDiscount.has_value(), !type.isEmpty());
    if (type.isEmpty())
        return;
    QCOMPARE(c.discount->type,
             type == u"percentage" ? DiscountType::Percentage : DiscountType::Fixed);
    QCOMPARE(c.discount->percent, percent);
    QCOMPARE(c.discount->amount.toDecimalString(), taken);
}

void TestChargilyParser::fees_data() {
    QTest::addColumn<QJsonValue>("fees");
    QTest::addColumn<QJsonValue>("merchant");
    QTest::addColumn<QJsonValue>("customer");
    QTest::addColumn<QJsonValue>("allocation");
    QTest::addColumn<QJsonValue>("passToCustomer");
    QTest::addColumn<QString>("expected"); // "total/merchant/customer/paidBy" or empty: none

    const QJsonValue null(QJsonValue::Null);
    const QJsonValue absent(QJsonValue::Undefined);
    QTest::newRow("split fees") << QJsonValue(300) << QJsonValue(150) << QJsonValue(150)
                                << QJsonValue(u"split"_s) << null
                                << u"300.00/150.00/150.00/split"_s;
    QTest::newRow("merchant pays")
        << QJsonValue(100) << QJsonValue(100) << QJsonValue(0) << QJsonValue(u"merchant"_s) << null
        << u"100.00/100.00/0.00/merchant"_s;
    QTest::newRow("allocation missing, pass_fees_to_customer true")
        << QJsonValue(100) << QJsonValue(0) << QJsonValue(100) << absent << QJsonValue(true)
        << u"100.00/0.00/100.00/customer"_s;
    QTest::newRow("allocation missing, pass_fees_to_customer 0")
        << QJsonValue(100) << QJsonValue(100) << QJsonValue(0) << absent << QJsonValue(0)
        << u"100.00/100.00/0.00/merchant"_s;
    QTest::newRow("allocation and flag both missing")
        << QJsonValue(100) << QJsonValue(100) << QJsonValue(0) << absent << null
        << u"100.00/100.00/0.00/"_s;
    QTest::newRow("unknown allocation word is not guessed")
        << QJsonValue(100) << QJsonValue(100) << QJsonValue(0) << QJsonValue(u"robin"_s)
        << QJsonValue(true) << u"100.00/100.00/0.00/"_s;
    QTest::newRow("customer share derived from the total")
        << QJsonValue(300) << QJsonValue(100) << absent << QJsonValue(u"split"_s) << null
        << u"300.00/100.00/200.00/split"_s;
    QTest::newRow("merchant share derived from the total")
        << QJsonValue(300) << absent << QJsonValue(120) << QJsonValue(u"split"_s) << null
        << u"300.00/180.00/120.00/split"_s;
    // Older and webhook bodies: `fees` alone. The allocation decides a side only where it
    // puts all of it on one side; nothing is invented where it does not.
    QTest::newRow("total only, the customer pays all")
        << QJsonValue(300) << absent << absent << QJsonValue(u"customer"_s) << null
        << u"300.00/0.00/300.00/customer"_s;
    QTest::newRow("total only, the merchant pays all")
        << QJsonValue(300) << null << null << QJsonValue(u"merchant"_s) << null
        << u"300.00/300.00/0.00/merchant"_s;
    QTest::newRow("total only, pass_fees_to_customer true")
        << QJsonValue(300) << absent << absent << absent << QJsonValue(true)
        << u"300.00/0.00/300.00/customer"_s;
    QTest::newRow("total only, split: neither side known")
        << QJsonValue(300) << absent << absent << QJsonValue(u"split"_s) << null
        << u"300.00/(absent)/(absent)/split"_s;
    QTest::newRow("total only, no allocation: neither side known")
        << QJsonValue(300) << absent << absent << absent << null << u"300.00/(absent)/(absent)/"_s;
    QTest::newRow("a negative share is not sent, not zero")
        << QJsonValue(300) << QJsonValue(-1) << absent << QJsonValue(u"split"_s) << null
        << u"300.00/(absent)/(absent)/split"_s;
    QTest::newRow("a share larger than the total leaves the other unknown")
        << QJsonValue(300) << QJsonValue(400) << absent << QJsonValue(u"split"_s) << null
        << u"300.00/400.00/(absent)/split"_s;
    QTest::newRow("fees as strings")
        << QJsonValue(u"300"_s) << QJsonValue(u"150"_s) << QJsonValue(u"150"_s)
        << QJsonValue(u"split"_s) << null << u"300.00/150.00/150.00/split"_s;
    QTest::newRow("null fees is none")
        << null << QJsonValue(0) << QJsonValue(0) << QJsonValue(u"customer"_s) << null << QString();
    QTest::newRow("absent fees is none") << absent << QJsonValue(0) << QJsonValue(0)
                                         << QJsonValue(u"customer"_s) << null << QString();
    QTest::newRow("negative fees is none") << QJsonValue(-5) << QJsonValue(0) << QJsonValue(0)
                                           << QJsonValue(u"customer"_s) << null << QString();
    QTest::newRow("fees as an object is none")
        << QJsonValue(QJsonObject{}) << QJsonValue(0) << QJsonValue(0) << QJsonValue(u"customer"_s)
        << null << QString();
}

void TestChargilyParser::fees() {
    QFETCH(QJsonValue, fees);
    QFETCH(QJsonValue, merchant);
    QFETCH(QJsonValue, customer);
    QFETCH(QJsonValue, allocation);
    QFETCH(QJsonValue, passToCustomer);
    QFETCH(QString, expected);
    QByteArray body = edited(paidExample(), u"fees"_s, fees);
    body = edited(body, u"fees_on_merchant"_s, merchant);
    body = edited(body, u"fees_on_customer"_s, customer);
    body = edited(body, u"chargily_pay_fees_allocation"_s, allocation);
    body = edited(body, u"pass_fees_to_customer"_s, passToCustomer);
    const Result<Checkout> result = parseChargilyCheckout(body);
    QVERIFY(result.ok());
    const std::optional<Fees> &parsed = result.value().fees;
    QCOMPARE(parsed.has_value(), !expected.isEmpty());
    if (!parsed)
        return;
    QCOMPARE(parsed->total.toDecimalString() + u'/' + decimal(parsed->merchant) + u'/'
                 + decimal(parsed->customer) + u'/' + parsed->paidBy,
             expected);
}

// `lookup --json` says null for a share nobody sent.
void TestChargilyParser::feesNotSentAreNullInJson() {
    QByteArray body = edited(paidExample(), u"fees_on_merchant"_s, QJsonValue::Undefined);
    body = edited(body, u"fees_on_customer"_s, QJsonValue::Undefined);
    const Result<Checkout> result = parseChargilyCheckout(body);
    QVERIFY(result.ok());
    const QJsonObject fees = checkoutToJson(result.value()).value(u"fees"_s).toObject();
    QCOMPARE(fees.value(u"total"_s).toObject().value(u"value"_s), QJsonValue(u"300.00"_s));
    QCOMPARE(fees.value(u"merchant"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(fees.value(u"customer"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(fees.value(u"paid_by"_s), QJsonValue(u"split"_s));
}

void TestChargilyParser::amounts_data() {
    QTest::addColumn<QJsonValue>("amount");
    QTest::addColumn<QJsonValue>("currency");
    QTest::addColumn<QString>("decimal"); // empty: absent
    QTest::addColumn<QString>("code");

    QTest::newRow("whole dinars") << QJsonValue(2500) << QJsonValue(u"dzd"_s) << u"2500.00"_s
                                  << u"DZD"_s;
    QTest::newRow("upper-case currency")
        << QJsonValue(2500) << QJsonValue(u"DZD"_s) << u"2500.00"_s << u"DZD"_s;
    QTest::newRow("missing currency is Chargily's dinar")
        << QJsonValue(2500) << QJsonValue(QJsonValue::Undefined) << u"2500.00"_s << u"DZD"_s;
    QTest::newRow("numeric string")
        << QJsonValue(u"2500"_s) << QJsonValue(u"dzd"_s) << u"2500.00"_s << u"DZD"_s;
    QTest::newRow("negative amount is absent")
        << QJsonValue(-2500) << QJsonValue(u"dzd"_s) << QString() << QString();
    QTest::newRow("1e300 is absent")
        << QJsonValue(1e300) << QJsonValue(u"dzd"_s) << QString() << QString();
    QTest::newRow("2^63 string is absent")
        << QJsonValue(u"9223372036854775808"_s) << QJsonValue(u"dzd"_s) << QString() << QString();
    QTest::newRow("an object is absent") << QJsonValue(QJsonObject{{u"value"_s, 2500}})
                                         << QJsonValue(u"dzd"_s) << QString() << QString();
    QTest::newRow("a bad currency makes it absent")
        << QJsonValue(2500) << QJsonValue(u"dinar"_s) << QString() << QString();
    QTest::newRow("a numeric currency makes it absent")
        << QJsonValue(2500) << QJsonValue(12) << QString() << QString();
}

void TestChargilyParser::amounts() {
    QFETCH(QJsonValue, amount);
    QFETCH(QJsonValue, currency);
    QFETCH(QString, decimal);
    QFETCH(QString, code);
    QByteArray body = edited(paidExample(), u"amount"_s, amount);
    body = edited(body, u"currency"_s, currency);
    const Result<Checkout> result = parseChargilyCheckout(body);
    QVERIFY(result.ok());
    QCOMPARE(result.value().amount.has_value(), !decimal.isEmpty());
    if (decimal.isEmpty())
        return;
    QCOMPARE(result.value().amount->toDecimalString(), decimal);
    QCOMPARE(result.value().amount->currency(), code);
}

void TestChargilyParser::timestamps_data() {
    QTest::addColumn<QJsonValue>("time");
    QTest::addColumn<QDateTime>("expected"); // invalid: absent

    QTest::newRow("Unix seconds") << QJsonValue(1703144567) << fromUnix(1703144567);
    QTest::newRow("Unix seconds as a string")
        << QJsonValue(u"1703144567"_s) << fromUnix(1703144567);
    QTest::newRow("the epoch") << QJsonValue(0) << fromUnix(0);
    QTest::newRow("negative seconds are absent") << QJsonValue(-1) << QDateTime();
    QTest::newRow("fractional seconds are absent") << QJsonValue(1703144567.5) << QDateTime();
    QTest::newRow("after year 9999 is absent") << QJsonValue(1e12) << QDateTime();
    QTest::newRow("1e300 is absent") << QJsonValue(1e300) << QDateTime();
    QTest::newRow("an ISO string is absent")
        << QJsonValue(u"2023-12-21T07:42:47Z"_s) << QDateTime();
    QTest::newRow("a boolean is absent") << QJsonValue(true) << QDateTime();
    QTest::newRow("null is absent") << QJsonValue(QJsonValue::Null) << QDateTime();
}

void TestChargilyParser::timestamps() {
    QFETCH(QJsonValue, time);
    QFETCH(QDateTime, expected);
    const Result<Checkout> result =
        parseChargilyCheckout(edited(docsExample(), u"created_at"_s, time));
    QVERIFY(result.ok());
    QCOMPARE(result.value().createdAt.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(result.value().createdAt, expected);
    QCOMPARE(result.value().createdAt.timeSpec(), Qt::UTC);
}

void TestChargilyParser::refusedBodies_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty body") << QByteArray() << u"empty"_s;
    QTest::newRow("HTML page") << QByteArray("<!DOCTYPE html><title>Maintenance</title>")
                               << u"not valid JSON"_s;
    QTest::newRow("truncated JSON") << docsExample().left(120) << u"not valid JSON"_s;
    QTest::newRow("JSON array of checkouts")
        << QByteArray("[{\"id\": \"x\"}]") << u"not a JSON object"_s;
    QTest::newRow("JSON null") << QByteArray("null") << u"not"_s;
    QTest::newRow("10000 nested arrays") << nestedArrays(10000) << u"not"_s;
    QTest::newRow("empty object") << QByteArray("{}") << u"no checkout id"_s;
    QTest::newRow("the 401 error body")
        << fixture(u"chargily/error_401.json"_s) << u"no checkout id"_s;
    QTest::newRow("id is null") << edited(docsExample(), u"id"_s, QJsonValue::Null)
                                << u"no checkout id"_s;
    QTest::newRow("id is an array")
        << edited(docsExample(), u"id"_s, QJsonArray{u"x"_s}) << u"no checkout id"_s;
    QTest::newRow("a customer instead of a checkout")
        << fixture(u"chargily/customer.json"_s) << u"\"customer\""_s;
    QTest::newRow("10000 nested arrays as metadata")
        << edited(docsExample(), u"metadata"_s, QJsonValue::Null)
               .replace("\"metadata\":null",
                        QByteArray(QByteArray("\"metadata\":") + nestedArrays(10000)))
        << u"not valid JSON"_s;
}

void TestChargilyParser::refusedBodies() {
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    const Result<Checkout> result = parseChargilyCheckout(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::BadResponse);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"Chargily"_s));
}

void TestChargilyParser::toleratedHostileFields_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");

    const QJsonValue array(QJsonArray{1, 2});
    const QJsonValue object(QJsonObject{{u"a"_s, 1}});
    QTest::newRow("customer_id is an object") << u"customer_id"_s << object;
    QTest::newRow("checkout_url is an array") << u"checkout_url"_s << array;
    QTest::newRow("checkout_url is a javascript URL")
        << u"checkout_url"_s << QJsonValue(u"javascript:alert(1)"_s);
    QTest::newRow("success_url is a number") << u"success_url"_s << QJsonValue(5);
    QTest::newRow("description is an array") << u"description"_s << array;
    QTest::newRow("metadata is a string") << u"metadata"_s << QJsonValue(u"x"_s);
    QTest::newRow("locale is an object") << u"locale"_s << object;
    QTest::newRow("updated_at is an object") << u"updated_at"_s << object;
    QTest::newRow("fees_on_merchant is text") << u"fees_on_merchant"_s << QJsonValue(u"lots"_s);
    QTest::newRow("discount type is an array") << u"discount.type"_s << array;
    QTest::newRow("discount value is null") << u"discount.value"_s << QJsonValue(QJsonValue::Null);
    QTest::newRow("entity is a number") << u"entity"_s << QJsonValue(7);
    QTest::newRow("200 nested arrays as metadata") << u"metadata"_s << [] {
        QJsonValue value = QJsonArray();
        for (int i = 0; i < 200; ++i)
            value = QJsonArray{value};
        return value;
    }();
}

void TestChargilyParser::toleratedHostileFields() {
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    const Result<Checkout> result = parseChargilyCheckout(edited(docsExample(), field, value));
    QVERIFY(result.ok());
    const Checkout &c = result.value();
    QCOMPARE(c.id, u"01hj5n7cqpaf0mt2d0xx85tgz8"_s);
    QCOMPARE(decimal(c.amount), u"2500.00"_s);
    if (field == u"customer_id")
        QVERIFY(!c.customer);
    if (field == u"checkout_url")
        QVERIFY(c.checkoutUrl.isEmpty());
    if (field == u"success_url")
        QVERIFY(c.successUrl.isEmpty());
    if (field == u"description")
        QCOMPARE(c.description, QString());
    if (field == u"metadata")
        QCOMPARE(c.metadata.isArray(), value.isArray());
    if (field == u"locale")
        QCOMPARE(c.locale, QString());
    if (field == u"updated_at")
        QVERIFY(!c.updatedAt.isValid());
    if (field == u"fees_on_merchant")
        QCOMPARE(decimal(c.fees->merchant), u"0.00"_s);
    if (field == u"discount.type")
        QCOMPARE(c.discount->type, DiscountType::Fixed);
    if (field == u"discount.value")
        QCOMPARE(c.discount->percent, QString());
}

void TestChargilyParser::customer() {
    const Result<Customer> result = parseChargilyCustomer(fixture(u"chargily/customer.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value().id, u"01hj150206g0jxnh5r2yvvdrna"_s);
    QCOMPARE(result.value().name, u"Yacine Benali"_s);
    QCOMPARE(result.value().email, u"yacine.benali@example.dz"_s);
    QCOMPARE(result.value().phone, u"+213555123456"_s);
    QVERIFY(result.value().avatarUrl.isEmpty());
}

void TestChargilyParser::customerRefusals_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("Unauthenticated.");
    QTest::newRow("an array") << QByteArray("[]");
    QTest::newRow("no id") << QByteArray(R"({"name": "A"})");
    QTest::newRow("a checkout instead of a customer") << docsExample();
    QTest::newRow("10000 nested arrays") << nestedArrays(10000);
}

void TestChargilyParser::customerRefusals() {
    QFETCH(QByteArray, body);
    const Result<Customer> result = parseChargilyCustomer(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::BadResponse);
}

void TestChargilyParser::itemsPage() {
    const Result<ChargilyItemsPage> result =
        parseChargilyItems(fixture(u"chargily/checkout_items.json"_s));
    QVERIFY(result.ok());
    const ChargilyItemsPage &page = result.value();
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.at(0).id, u"01hj5n3x0000000000000price1"_s);
    QCOMPARE(page.items.at(0).productId, u"01hj5n2y000000000000product"_s);
    QCOMPARE(page.items.at(0).unitAmount.toDecimalString(), u"2500.00"_s);
    QCOMPARE(page.items.at(0).unitAmount.currency(), u"DZD"_s);
    QCOMPARE(page.items.at(0).quantity, 2);
    QCOMPARE(page.currentPage, 1);
    QCOMPARE(page.lastPage, 1);
    QVERIFY(page.nextPageUrl.isEmpty());
}

void TestChargilyParser::itemsHostile_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("items"); // -1: refused
    QTest::addColumn<int>("lastPage");
    QTest::addColumn<QString>("nextPage");

    QTest::newRow("empty body") << QByteArray() << -1 << 0 << QString();
    QTest::newRow("not an object") << QByteArray("[1]") << -1 << 0 << QString();
    QTest::newRow("no data list") << QByteArray("{}") << -1 << 0 << QString();
    QTest::newRow("data is an object")
        << QByteArray(R"({"data": {"id": "x"}})") << -1 << 0 << QString();
    QTest::newRow("empty list") << QByteArray(R"({"data": []})") << 0 << 1 << QString();
    QTest::newRow("entries that are not objects are skipped")
        << QByteArray(R"({"data": [1, "x", null, [], {"id": "p1", "amount": 10}]})") << 1 << 1
        << QString();
    QTest::newRow("an entry without an id is skipped")
        << QByteArray(R"({"data": [{"amount": 10}, {"id": "p1", "amount": 10}]})") << 1 << 1
        << QString();
    QTest::newRow("a next page") << QByteArray(
        R"({"data": [], "current_page": 1, "last_page": 3, )"
        R"("next_page_url": "https://pay.chargily.net/test/api/v2/x?page=2"})")
                                 << 0 << 3 << u"https://pay.chargily.net/test/api/v2/x?page=2"_s;
    QTest::newRow("a next page with a javascript URL is none")
        << QByteArray(R"({"data": [], "last_page": 3, "next_page_url": "javascript:1"})") << 0 << 3
        << QString();
    QTest::newRow("last page before the current one")
        << QByteArray(R"({"data": [], "current_page": 4, "last_page": 2})") << 0 << 4 << QString();
    QTest::newRow("pages of the wrong types")
        << QByteArray(R"({"data": [], "current_page": "one", "last_page": 1e300})") << 0 << 1
        << QString();
}

void TestChargilyParser::itemsHostile() {
    QFETCH(QByteArray, body);
    QFETCH(int, items);
    QFETCH(int, lastPage);
    QFETCH(QString, nextPage);
    const Result<ChargilyItemsPage> result = parseChargilyItems(body);
    QCOMPARE(result.ok(), items >= 0);
    if (!result.ok()) {
        QCOMPARE(result.error().kind, ErrorKind::BadResponse);
        return;
    }
    QCOMPARE(result.value().items.size(), items);
    QCOMPARE(result.value().lastPage, lastPage);
    QCOMPARE(result.value().nextPageUrl, QUrl(nextPage));
}

QTEST_GUILESS_MAIN(TestChargilyParser)
#include "tst_ChargilyParser.moc"
