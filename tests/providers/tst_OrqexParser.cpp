#include "../domain/FixtureHelpers.h"

#include "providers/orqex/OrqexParser.h"

#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;
using namespace TestHelpers;

Q_DECLARE_METATYPE(QJsonValue)

namespace {

const QDateTime kBeforeExpiry(QDate(2026, 11, 21), QTime(18, 0), Qt::UTC);
const QDateTime kAfterExpiry(QDate(2026, 11, 21), QTime(19, 0), Qt::UTC);

QDateTime utc(int hour, int minute, int second = 0, int ms = 0) {
    return QDateTime(QDate(2026, 11, 21), QTime(hour, minute, second, ms), Qt::UTC);
}

QByteArray docsExample() {
    return fixture(u"orqex/checkout_docs_example.json"_s);
}

QByteArray sdkShape() {
    return fixture(u"orqex/checkout_sdk_shape.json"_s);
}

} // namespace

class TestOrqexParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void docsExampleFieldByField();
    void sdkShapeFieldByField();
    void statusWords_data();
    void statusWords();
    void statusPrecedence_data();
    void statusPrecedence();
    void environment_data();
    void environment();
    void amounts_data();
    void amounts();
    void exchangeRates_data();
    void exchangeRates();
    void failures_data();
    void failures();
    void times_data();
    void times();
    void refusedBodies_data();
    void refusedBodies();
    void toleratedHostileFields_data();
    void toleratedHostileFields();
    void invalidNowNeverExpires();
};

void TestOrqexParser::docsExampleFieldByField() {
    const QByteArray body = docsExample();
    const Result<Checkout> result = parseOrqexCheckout(body, kAfterExpiry);
    QVERIFY(result.ok());
    const Checkout &c = result.value();
    QCOMPARE(c.id, u"cs_abc123"_s);
    QCOMPARE(c.provider, QStringLiteral("orqex"));
    QCOMPARE(c.account, QString());
    QCOMPARE(c.mode, std::nullopt);
    QCOMPARE(c.status, CheckoutStatus::Paid);
    QCOMPARE(c.providerStatus, u"completed"_s);
    QVERIFY(c.amount);
    QCOMPARE(c.amount->toDecimalString(), u"50"_s);
    QCOMPARE(c.amount->currency(), u"XOF"_s);
    QCOMPARE(c.providerAmountText, u"50.00 XOF"_s);
    QCOMPARE(c.amountBeforeDiscount, std::nullopt);
    QVERIFY(!c.discount);
    QVERIFY(!c.fees);

    QVERIFY(c.customer);
    QCOMPARE(c.customer->id, u"cus_abc123"_s);
    QCOMPARE(c.customer->name, u"Awa Diallo"_s);
    QCOMPARE(c.customer->email, u"awa.diallo@example.com"_s);
    QCOMPARE(c.customer->avatarUrl, QUrl(u"https://cdn.example.com/avatars/cus_abc123.png"_s));

    QVERIFY(c.method);
    QCOMPARE(c.method->code, u"momo_mtn"_s);
    QCOMPARE(c.method->label, u"MTN Mobile Money"_s);
    QCOMPARE(c.method->category, QString());
    QCOMPARE(c.method->iconUrl, QUrl(u"https://cdn.example.com/methods/momo_mtn.svg"_s));

    QVERIFY(c.attempt);
    QCOMPARE(c.attempt->id, u"pa_7Hq2"_s);
    QCOMPARE(c.attempt->status, QString());
    QVERIFY(!c.attempt->failure);
    QCOMPARE(c.attempt->failover, false);
    QCOMPARE(c.attempt->failoverHint, QString());
    QCOMPARE(c.attempt->gatewayReference, u"MTN-REF-0099"_s);
    QCOMPARE(c.attempt->nextActionType, QString());
    QVERIFY(c.attempt->amount);
    QCOMPARE(c.attempt->amount->toDecimalString(), u"50"_s);
    QCOMPARE(c.attempt->createdAt, utc(17, 31, 2));
    QCOMPARE(c.attempt->completedAt, utc(17, 32, 10));
    QVERIFY(!c.attempt->failedAt.isValid());
    QVERIFY2(!c.exchangeRate, "a rate of 1 between XOF and XOF is no conversion");

    QCOMPARE(c.checkoutUrl, QUrl(u"https://pay.orqex.com/c/cs_abc123"_s));
    QCOMPARE(c.description, u"Order #1042"_s);
    QCOMPARE(c.metadata, QJsonValue(QJsonObject{{u"order_id"_s, u"1042"_s}}));
    QCOMPARE(c.createdAt, utc(17, 30));
    QCOMPARE(c.createdAt.timeSpec(), Qt::UTC);
    QVERIFY(!c.updatedAt.isValid());
    QCOMPARE(c.expiresAt, utc(18, 30));
    QCOMPARE(c.completedAt, utc(17, 32, 10));
    QCOMPARE(c.paymentId, u"TRX1A2B3C4D"_s);
    QCOMPARE(c.returnUrl, QUrl(u"https://shop.example.com/return"_s));
    QVERIFY(c.successUrl.isEmpty());
    QVERIFY(c.failureUrl.isEmpty());
    QCOMPARE(c.locale, QString());
    QVERIFY(c.items.isEmpty());
    QCOMPARE(c.rawJson, body);
}

void TestOrqexParser::sdkShapeFieldByField() {
    const QByteArray body = sdkShape();
    const Result<Checkout> result = parseOrqexCheckout(body, kBeforeExpiry);
    QVERIFY(result.ok());
    const Checkout &c = result.value();
    QCOMPARE(c.id, u"cs_q8Lm2"_s);
    QCOMPARE(c.mode, std::optional<Mode>(Mode::Test));
    QCOMPARE(c.status, CheckoutStatus::Failed);
    QCOMPARE(c.providerStatus, u"failed"_s);
    QVERIFY(c.amount);
    QCOMPARE(c.amount->toDecimalString(), u"12500"_s);
    QCOMPARE(c.amount->currency(), u"XOF"_s);
    QCOMPARE(c.providerAmountText, u"12,500.00 XOF"_s);

    QVERIFY(c.customer);
    QCOMPARE(c.customer->id, u"cus_77"_s);
    QCOMPARE(c.customer->name, u"Koffi Mensah"_s);
    QCOMPARE(c.customer->email, QString());
    QVERIFY(c.customer->avatarUrl.isEmpty());

    QVERIFY(c.method);
    QCOMPARE(c.method->code, u"card"_s);
    QCOMPARE(c.method->label, u"Card"_s);
    QCOMPARE(c.method->category, u"card"_s);
    QVERIFY(c.method->iconUrl.isEmpty());

    QVERIFY(c.attempt);
    QCOMPARE(c.attempt->id, u"pa_1"_s);
    QCOMPARE(c.attempt->status, u"failed"_s);
    QVERIFY(c.attempt->failure);
    QCOMPARE(c.attempt->failure->code, u"ROUTING_NOT_CONFIGURED"_s);
    QCOMPARE(c.attempt->failure->category, u"MERCHANT_CONFIG_ERROR"_s);
    QCOMPARE(c.attempt->failure->message, u"No routing rule configured for this method."_s);
    QCOMPARE(c.attempt->failover, true);
    QCOMPARE(c.attempt->failoverHint, u"The payment was retried on a backup gateway."_s);
    QCOMPARE(c.attempt->gatewayReference, QString());
    QCOMPARE(c.attempt->nextActionType, u"none"_s);
    QVERIFY(c.attempt->amount);
    QCOMPARE(c.attempt->amount->toDecimalString(), u"20.00"_s);
    QCOMPARE(c.attempt->amount->currency(), u"USD"_s);
    QCOMPARE(c.attempt->createdAt, utc(18, 0, 55));
    QCOMPARE(c.attempt->processingAt, utc(18, 1, 0));
    QVERIFY(!c.attempt->actionRequiredAt.isValid());
    QVERIFY(!c.attempt->completedAt.isValid());
    QCOMPARE(c.attempt->failedAt, utc(18, 1, 30));

    QVERIFY(c.exchangeRate);
    QCOMPARE(c.exchangeRate->value, u"0.0016"_s);
    QCOMPARE(c.exchangeRate->from, u"XOF"_s);
    QCOMPARE(c.exchangeRate->to, u"USD"_s);

    QCOMPARE(c.checkoutUrl, QUrl(u"https://pay.orqex.com/c/cs_q8Lm2"_s));
    QCOMPARE(c.description, QString());
    QCOMPARE(c.metadata, QJsonValue(QJsonArray()));
    QCOMPARE(c.createdAt, utc(18, 0));
    QCOMPARE(c.expiresAt, utc(19, 0));
    QVERIFY(!c.completedAt.isValid());
    QCOMPARE(c.paymentId, u"TRX9Z8Y7X6"_s);
    QVERIFY(c.returnUrl.isEmpty());
    QCOMPARE(c.rawJson, body);
}

void TestOrqexParser::statusWords_data() {
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("status");

    QTest::newRow("open is open") << u"open"_s << int(CheckoutStatus::Open);
    QTest::newRow("pending is pending") << u"pending"_s << int(CheckoutStatus::Pending);
    QTest::newRow("processing is processing") << u"processing"_s << int(CheckoutStatus::Processing);
    QTest::newRow("action_required needs action")
        << u"action_required"_s << int(CheckoutStatus::ActionRequired);
    QTest::newRow("requires_action needs action")
        << u"requires_action"_s << int(CheckoutStatus::ActionRequired);
    QTest::newRow("completed is paid") << u"completed"_s << int(CheckoutStatus::Paid);
    QTest::newRow("succeeded is paid") << u"succeeded"_s << int(CheckoutStatus::Paid);
    QTest::newRow("paid is paid") << u"paid"_s << int(CheckoutStatus::Paid);
    QTest::newRow("failed is failed") << u"failed"_s << int(CheckoutStatus::Failed);
    QTest::newRow("expired is expired") << u"expired"_s << int(CheckoutStatus::Expired);
    QTest::newRow("cancelled is canceled") << u"cancelled"_s << int(CheckoutStatus::Canceled);
    QTest::newRow("canceled is canceled") << u"canceled"_s << int(CheckoutStatus::Canceled);
    QTest::newRow("refunded is refunded") << u"refunded"_s << int(CheckoutStatus::Refunded);
    QTest::newRow("partially_refunded is partially refunded")
        << u"partially_refunded"_s << int(CheckoutStatus::PartiallyRefunded);
    QTest::newRow("upper-case word is understood") << u"COMPLETED"_s << int(CheckoutStatus::Paid);
    QTest::newRow("a new word is unknown") << u"on_hold"_s << int(CheckoutStatus::Unknown);
    QTest::newRow("unknown is unknown") << u"unknown"_s << int(CheckoutStatus::Unknown);
}

void TestOrqexParser::statusWords() {
    QFETCH(QString, word);
    QFETCH(int, status);
    const QByteArray body = edited(sdkShape(), u"data.payment.status"_s, word);
    const Result<Checkout> result = parseOrqexCheckout(body, kBeforeExpiry);
    QVERIFY(result.ok());
    QCOMPARE(int(result.value().status), status);
    QCOMPARE(result.value().providerStatus, word);
}

void TestOrqexParser::statusPrecedence_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("providerStatus");

    const QByteArray sdk = sdkShape();
    const QByteArray docs = docsExample();
    const QJsonValue absent(QJsonValue::Undefined);

    QTest::newRow("payment status wins over checkout status")
        << sdk << kBeforeExpiry << int(CheckoutStatus::Failed) << u"failed"_s;
    QTest::newRow("checkout status when the payment has none")
        << edited(sdk, u"data.payment.status"_s, absent) << kBeforeExpiry
        << int(CheckoutStatus::Open) << u"open"_s;
    QTest::newRow("checkout status when the payment status is null")
        << edited(sdk, u"data.payment.status"_s, QJsonValue::Null) << kBeforeExpiry
        << int(CheckoutStatus::Open) << u"open"_s;
    QTest::newRow("checkout status when the payment status is empty")
        << edited(sdk, u"data.payment.status"_s, u""_s) << kBeforeExpiry
        << int(CheckoutStatus::Open) << u"open"_s;
    QTest::newRow("payment status wins over a completed_at")
        << edited(docs, u"data.payment.status"_s, u"refunded"_s) << kBeforeExpiry
        << int(CheckoutStatus::Refunded) << u"refunded"_s;
    QTest::newRow("completed_at means paid, even after expiry")
        << docs << kAfterExpiry << int(CheckoutStatus::Paid) << u"completed"_s;

    const QByteArray notCompleted = edited(docs, u"data.payment.completed_at"_s, QJsonValue::Null);
    const QByteArray failedAttempt = edited(
        notCompleted, u"data.payment.active_attempt.failed_at"_s, u"2026-11-21T17:33:00+00:00"_s);
    QTest::newRow("attempt failed_at means failed")
        << failedAttempt << kBeforeExpiry << int(CheckoutStatus::Failed) << u"failed"_s;
    QTest::newRow("failed wins over expired")
        << failedAttempt << kAfterExpiry << int(CheckoutStatus::Failed) << u"failed"_s;
    QTest::newRow("past expires_at means expired")
        << notCompleted << kAfterExpiry << int(CheckoutStatus::Expired) << u"expired"_s;
    QTest::newRow("future expires_at means pending")
        << notCompleted << kBeforeExpiry << int(CheckoutStatus::Pending) << u"pending"_s;
    QTest::newRow("no expiry at all means pending")
        << edited(edited(notCompleted, u"data.payment.expires_at"_s, absent),
                  u"data.checkout.expires_at"_s, absent)
        << kAfterExpiry << int(CheckoutStatus::Pending) << u"pending"_s;
    QTest::newRow("checkout expires_at is used when the payment has none")
        << edited(notCompleted, u"data.payment.expires_at"_s, absent) << kAfterExpiry
        << int(CheckoutStatus::Expired) << u"expired"_s;
    QTest::newRow("payment expired_at is used too")
        << edited(edited(edited(notCompleted, u"data.payment.expires_at"_s, absent),
                         u"data.checkout.expires_at"_s, absent),
                  u"data.payment.expired_at"_s, u"2026-11-21T18:10:00Z"_s)
        << kAfterExpiry << int(CheckoutStatus::Expired) << u"expired"_s;
    QTest::newRow("completed_at of the wrong type does not mean paid")
        << edited(docs, u"data.payment.completed_at"_s, QJsonValue(true)) << kBeforeExpiry
        << int(CheckoutStatus::Pending) << u"pending"_s;
    const QByteArray pendingPayment = edited(sdk, u"data.payment.status"_s, u"pending"_s);
    QTest::newRow("a pending payment whose attempt needs action needs action")
        << edited(pendingPayment, u"data.payment.active_attempt.status"_s, u"requires_action"_s)
        << kBeforeExpiry << int(CheckoutStatus::ActionRequired) << u"pending"_s;
    QTest::newRow("a pending payment whose attempt is processing is processing")
        << edited(pendingPayment, u"data.payment.active_attempt.status"_s, u"processing"_s)
        << kBeforeExpiry << int(CheckoutStatus::Processing) << u"pending"_s;
    QTest::newRow("an open checkout whose attempt needs action needs action")
        << edited(edited(sdk, u"data.payment.status"_s, absent),
                  u"data.payment.active_attempt.status"_s, u"action_required"_s)
        << kBeforeExpiry << int(CheckoutStatus::ActionRequired) << u"open"_s;
    QTest::newRow("a failed attempt does not turn a pending payment into failed")
        << pendingPayment << kBeforeExpiry << int(CheckoutStatus::Pending) << u"pending"_s;
    QTest::newRow("a status of the wrong type is ignored")
        << edited(notCompleted, u"data.payment.status"_s, QJsonValue(QJsonObject{}))
        << kBeforeExpiry << int(CheckoutStatus::Pending) << u"pending"_s;
}

void TestOrqexParser::statusPrecedence() {
    QFETCH(QByteArray, body);
    QFETCH(QDateTime, now);
    QFETCH(int, status);
    QFETCH(QString, providerStatus);
    const Result<Checkout> result = parseOrqexCheckout(body, now);
    QVERIFY(result.ok());
    QCOMPARE(int(result.value().status), status);
    QCOMPARE(result.value().providerStatus, providerStatus);
}

void TestOrqexParser::environment_data() {
    QTest::addColumn<QJsonValue>("environment");
    QTest::addColumn<int>("mode"); // -1: none

    QTest::newRow("sandbox is test mode") << QJsonValue(u"sandbox"_s) << int(Mode::Test);
    QTest::newRow("live is live mode") << QJsonValue(u"live"_s) << int(Mode::Live);
    QTest::newRow("upper case is understood") << QJsonValue(u"LIVE"_s) << int(Mode::Live);
    QTest::newRow("absent says nothing") << QJsonValue(QJsonValue::Undefined) << -1;
    QTest::newRow("another word says nothing") << QJsonValue(u"staging"_s) << -1;
    QTest::newRow("a boolean says nothing") << QJsonValue(true) << -1;
}

void TestOrqexParser::environment() {
    QFETCH(QJsonValue, environment);
    QFETCH(int, mode);
    const QByteArray body = edited(sdkShape(), u"data.checkout.environment"_s, environment);
    const Result<Checkout> result = parseOrqexCheckout(body, kBeforeExpiry);
    QVERIFY(result.ok());
    if (mode < 0)
        QCOMPARE(result.value().mode, std::nullopt);
    else
        QCOMPARE(result.value().mode, std::optional<Mode>(Mode(mode)));
}

void TestOrqexParser::amounts_data() {
    QTest::addColumn<QJsonValue>("amount");
    QTest::addColumn<QString>("decimal"); // empty: absent
    QTest::addColumn<QString>("currency");

    auto amount = [](const QJsonValue &value, const QJsonValue &currency) {
        return QJsonValue(QJsonObject{{u"value"_s, value}, {u"currency"_s, currency}});
    };
    const QJsonValue xof(u"XOF"_s);
    QTest::newRow("integer hundredths") << amount(5000, xof) << u"50"_s << u"XOF"_s;
    QTest::newRow("finer hundredths are kept") << amount(5050, xof) << u"50.5"_s << u"XOF"_s;
    QTest::newRow("a float value") << amount(5050.0, xof) << u"50.5"_s << u"XOF"_s;
    QTest::newRow("a numeric string value") << amount(u"1250000"_s, xof) << u"12500"_s << u"XOF"_s;
    QTest::newRow("lower-case currency") << amount(2000, u"usd"_s) << u"20.00"_s << u"USD"_s;
    QTest::newRow("zero is an amount") << amount(0, xof) << u"0"_s << u"XOF"_s;
    QTest::newRow("negative amount is absent") << amount(-5000, xof) << QString() << QString();
    QTest::newRow("1e300 is absent") << amount(1e300, xof) << QString() << QString();
    QTest::newRow("2^63 string is absent")
        << amount(u"9223372036854775808"_s, xof) << QString() << QString();
    QTest::newRow("text value is absent") << amount(u"fifty"_s, xof) << QString() << QString();
    QTest::newRow("null value is absent")
        << amount(QJsonValue::Null, xof) << QString() << QString();
    QTest::newRow("missing currency is absent")
        << amount(5000, QJsonValue::Undefined) << QString() << QString();
    QTest::newRow("numeric currency is absent") << amount(5000, 952) << QString() << QString();
    QTest::newRow("a bare number instead of an object is absent")
        << QJsonValue(5000) << QString() << QString();
    QTest::newRow("an array instead of an object is absent")
        << QJsonValue(QJsonArray{5000, u"XOF"_s}) << QString() << QString();
    QTest::newRow("null amount is absent")
        << QJsonValue(QJsonValue::Null) << QString() << QString();
}

void TestOrqexParser::amounts() {
    QFETCH(QJsonValue, amount);
    QFETCH(QString, decimal);
    QFETCH(QString, currency);
    const QByteArray body = edited(docsExample(), u"data.payment.amount"_s, amount);
    const Result<Checkout> result = parseOrqexCheckout(body, kBeforeExpiry);
    QVERIFY(result.ok());
    QCOMPARE(result.value().amount.has_value(), !decimal.isEmpty());
    if (decimal.isEmpty())
        return;
    QCOMPARE(result.value().amount->toDecimalString(), decimal);
    QCOMPARE(result.value().amount->currency(), currency);
}

void TestOrqexParser::exchangeRates_data() {
    QTest::addColumn<QJsonValue>("rate");
    QTest::addColumn<QString>("value"); // empty: no exchange rate
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");

    auto rate = [](const QJsonValue &value, const QJsonValue &from, const QJsonValue &to) {
        return QJsonValue(
            QJsonObject{{u"value"_s, value}, {u"from_currency"_s, from}, {u"to_currency"_s, to}});
    };
    QTest::newRow("object with eight decimals is trimmed")
        << rate(u"0.00160000"_s, u"XOF"_s, u"USD"_s) << u"0.0016"_s << u"XOF"_s << u"USD"_s;
    QTest::newRow("object with a whole value")
        << rate(u"655.95700000"_s, u"EUR"_s, u"XOF"_s) << u"655.957"_s << u"EUR"_s << u"XOF"_s;
    QTest::newRow("object value of 1.00000000")
        << rate(u"1.00000000"_s, u"XOF"_s, u"XOF"_s) << u"1"_s << u"XOF"_s << u"XOF"_s;
    QTest::newRow("object with a numeric value")
        << rate(0.0016, u"xof"_s, u"usd"_s) << u"0.0016"_s << u"XOF"_s << u"USD"_s;
    QTest::newRow("object with a text value is dropped")
        << rate(u"about 0.0016"_s, u"XOF"_s, u"USD"_s) << QString() << QString() << QString();
    QTest::newRow("object with an exponent value is dropped")
        << rate(u"1.6e-3"_s, u"XOF"_s, u"USD"_s) << QString() << QString() << QString();
    QTest::newRow("object with bad currencies keeps the value")
        << rate(u"2"_s, 1, u"DOLLARS"_s) << u"2"_s << QString() << QString();
    QTest::newRow("number between different currencies")
        << QJsonValue(0.0016) << u"0.0016"_s << u"XOF"_s << u"USD"_s;
    QTest::newRow("null is no rate")
        << QJsonValue(QJsonValue::Null) << QString() << QString() << QString();
    QTest::newRow("an array is no rate")
        << QJsonValue(QJsonArray{1}) << QString() << QString() << QString();
    QTest::newRow("1e300 is no rate") << QJsonValue(1e300) << QString() << QString() << QString();
}

void TestOrqexParser::exchangeRates() {
    QFETCH(QJsonValue, rate);
    QFETCH(QString, value);
    QFETCH(QString, from);
    QFETCH(QString, to);
    // The SDK shape pays 12500 XOF with an attempt of 20.00 USD.
    const QByteArray body =
        edited(sdkShape(), u"data.payment.active_attempt.exchange_rate"_s, rate);
    const Result<Checkout> result = parseOrqexCheckout(body, kBeforeExpiry);
    QVERIFY(result.ok());
    const std::optional<ExchangeRate> &parsed = result.value().exchangeRate;
    QCOMPARE(parsed.has_value(), !value.isEmpty());
    if (!parsed)
        return;
    QCOMPARE(parsed->value, value);
    QCOMPARE(parsed->from, from);
    QCOMPARE(parsed->to, to);
}

void TestOrqexParser::failures_data() {
    QTest::addColumn<QJsonValue>("failure");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("message");

    QTest::newRow("docs shape: code string and message") << QJsonValue(
        QJsonObject{{u"code"_s, u"INSUFFICIENT_FUNDS"_s}, {u"message"_s, u"Not enough money."_s}})
                                                         << true << u"INSUFFICIENT_FUNDS"_s
                                                         << QString() << u"Not enough money."_s;
    QTest::newRow("SDK shape: message only inside the code object")
        << QJsonValue(QJsonObject{{u"code"_s, QJsonObject{{u"value"_s, u"TIMEOUT"_s},
                                                          {u"category"_s, u"TELCO_ERROR"_s},
                                                          {u"message"_s, u"Operator timeout."_s}}}})
        << true << u"TIMEOUT"_s << u"TELCO_ERROR"_s << u"Operator timeout."_s;
    QTest::newRow("null failure is none")
        << QJsonValue(QJsonValue::Null) << false << QString() << QString() << QString();
    QTest::newRow("empty failure object is none")
        << QJsonValue(QJsonObject{}) << false << QString() << QString() << QString();
    QTest::newRow("a string failure is none")
        << QJsonValue(u"declined"_s) << false << QString() << QString() << QString();
    QTest::newRow("code of the wrong type keeps the message")
        << QJsonValue(QJsonObject{{u"code"_s, QJsonArray{}}, {u"message"_s, u"Declined."_s}})
        << true << QString() << QString() << u"Declined."_s;
}

void TestOrqexParser::failures() {
    QFETCH(QJsonValue, failure);
    QFETCH(bool, present);
    const QByteArray body = edited(sdkShape(), u"data.payment.active_attempt.failure"_s, failure);
    const Result<Checkout> result = parseOrqexCheckout(body, kBeforeExpiry);
    QVERIFY(result.ok());
    QVERIFY(result.value().attempt);
    const std::optional<AttemptFailure> &parsed = result.value().attempt->failure;
    QCOMPARE(parsed.has_value(), present);
    if (!parsed)
        return;
    QFETCH(QString, code);
    QFETCH(QString, category);
    QFETCH(QString, message);
    QCOMPARE(parsed->code, code);
    QCOMPARE(parsed->category, category);
    QCOMPARE(parsed->message, message);
}

void TestOrqexParser::times_data() {
    QTest::addColumn<QJsonValue>("time");
    QTest::addColumn<QDateTime>("expected"); // invalid: absent

    QTest::newRow("offset +00:00") << QJsonValue(u"2026-11-21T17:30:00+00:00"_s) << utc(17, 30);
    QTest::newRow("Z suffix") << QJsonValue(u"2026-11-21T17:30:00Z"_s) << utc(17, 30);
    QTest::newRow("positive offset is turned into UTC")
        << QJsonValue(u"2026-11-21T18:30:00+01:00"_s) << utc(17, 30);
    QTest::newRow("negative half-hour offset")
        << QJsonValue(u"2026-11-21T12:00:00-05:30"_s) << utc(17, 30);
    QTest::newRow("milliseconds") << QJsonValue(u"2026-11-21T17:30:00.250Z"_s)
                                  << utc(17, 30, 0, 250);
    QTest::newRow("no offset is taken as UTC")
        << QJsonValue(u"2026-11-21T17:30:00"_s) << utc(17, 30);
    QTest::newRow("month 13 is invalid") << QJsonValue(u"2026-13-21T17:30:00Z"_s) << QDateTime();
    QTest::newRow("words are invalid") << QJsonValue(u"yesterday at noon"_s) << QDateTime();
    QTest::newRow("a number is invalid") << QJsonValue(1763746200) << QDateTime();
    QTest::newRow("null is invalid") << QJsonValue(QJsonValue::Null) << QDateTime();
    QTest::newRow("empty string is invalid") << QJsonValue(u""_s) << QDateTime();
}

void TestOrqexParser::times() {
    QFETCH(QJsonValue, time);
    QFETCH(QDateTime, expected);
    const QByteArray body = edited(sdkShape(), u"data.checkout.created_at"_s, time);
    const QByteArray noFallback = edited(body, u"data.payment.created_at"_s, QJsonValue::Null);
    const Result<Checkout> result = parseOrqexCheckout(noFallback, kBeforeExpiry);
    QVERIFY(result.ok());
    QCOMPARE(result.value().createdAt.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(result.value().createdAt, expected);
    QCOMPARE(result.value().createdAt.timeSpec(), Qt::UTC);
}

void TestOrqexParser::refusedBodies_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty body") << QByteArray() << u"empty"_s;
    QTest::newRow("white space only") << QByteArray(" \r\n") << u"empty"_s;
    QTest::newRow("HTML error page")
        << QByteArray("<html><body>502 Bad Gateway</body></html>") << u"not valid JSON"_s;
    QTest::newRow("truncated JSON") << docsExample().left(200) << u"not valid JSON"_s;
    QTest::newRow("JSON null") << QByteArray("null") << u"not"_s;
    QTest::newRow("JSON array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("JSON string") << QByteArray("\"ok\"") << u"not"_s;
    QTest::newRow("JSON number") << QByteArray("42") << u"not"_s;
    QTest::newRow("10000 nested arrays") << nestedArrays(10000) << u"not"_s;
    QTest::newRow("empty object") << QByteArray("{}") << u"data.checkout.id"_s;
    QTest::newRow("error body instead of a checkout")
        << fixture(u"orqex/error_404.json"_s) << u"data.checkout.id"_s;
    QTest::newRow("data is an array") << QByteArray(R"({"data": []})") << u"data.checkout.id"_s;
    QTest::newRow("data is null") << QByteArray(R"({"data": null})") << u"data.checkout.id"_s;
    QTest::newRow("checkout is an array")
        << QByteArray(R"({"data": {"checkout": [{"id": "cs_1"}]}})") << u"data.checkout.id"_s;
    QTest::newRow("checkout id is null")
        << edited(docsExample(), u"data.checkout.id"_s, QJsonValue::Null) << u"data.checkout.id"_s;
    QTest::newRow("checkout id is an object")
        << edited(docsExample(), u"data.checkout.id"_s, QJsonObject{{u"id"_s, u"cs_1"_s}})
        << u"data.checkout.id"_s;
    QTest::newRow("checkout id is blank")
        << edited(docsExample(), u"data.checkout.id"_s, u"   "_s) << u"data.checkout.id"_s;
    QTest::newRow("10000 nested arrays as metadata")
        << docsExample().replace("{ \"order_id\": \"1042\" }", nestedArrays(10000))
        << u"not valid JSON"_s;
}

void TestOrqexParser::refusedBodies() {
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    const Result<Checkout> result = parseOrqexCheckout(body, kBeforeExpiry);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::BadResponse);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"Orqex"_s));
}

void TestOrqexParser::toleratedHostileFields_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("absent"); // which part must read as absent

    const QByteArray docs = docsExample();
    QTest::newRow("payment is an array")
        << edited(docs, u"data.payment"_s, QJsonArray{1, 2}) << u"amount"_s;
    QTest::newRow("payment is a string")
        << edited(docs, u"data.payment"_s, u"x"_s) << u"customer"_s;
    QTest::newRow("customer is an array")
        << edited(docs, u"data.payment.customer"_s, QJsonArray{u"Awa"_s}) << u"customer"_s;
    QTest::newRow("customer is null")
        << edited(docs, u"data.payment.customer"_s, QJsonValue::Null) << u"customer"_s;
    QTest::newRow("customer is an empty object")
        << edited(docs, u"data.payment.customer"_s, QJsonObject{}) << u"customer"_s;
    QTest::newRow("attempt is a number")
        << edited(docs, u"data.payment.active_attempt"_s, 7) << u"attempt"_s;
    QTest::newRow("attempt is null")
        << edited(docs, u"data.payment.active_attempt"_s, QJsonValue::Null) << u"method"_s;
    QTest::newRow("method is a string")
        << edited(docs, u"data.payment.active_attempt.method"_s, u"momo_mtn"_s) << u"method"_s;
    QTest::newRow("gateway is an array")
        << edited(docs, u"data.payment.active_attempt.gateway"_s, QJsonArray{})
        << u"gateway_reference"_s;
    QTest::newRow("transaction reference is an object") << edited(
        docs, u"data.payment.active_attempt.gateway.transaction.reference"_s, QJsonObject{})
                                                        << u"gateway_reference"_s;
    QTest::newRow("icon URL with a javascript scheme")
        << edited(docs, u"data.payment.active_attempt.method.icon_url"_s, u"javascript:alert(1)"_s)
        << u"icon_url"_s;
    QTest::newRow("checkout URL with a file scheme")
        << edited(docs, u"data.checkout.url"_s, u"file:///etc/passwd"_s) << u"checkout_url"_s;
    QTest::newRow("checkout URL is a number")
        << edited(docs, u"data.checkout.url"_s, 5) << u"checkout_url"_s;
    QTest::newRow("metadata is a string")
        << edited(docs, u"data.payment.metadata"_s, u"x"_s) << u"metadata"_s;
    QTest::newRow("metadata is a number")
        << edited(docs, u"data.payment.metadata"_s, 1e300) << u"metadata"_s;
    QTest::newRow("timestamps are booleans") << edited(
        edited(docs, u"data.checkout.created_at"_s, true), u"data.payment.created_at"_s, false)
                                             << u"created_at"_s;
    QTest::newRow("description is an object")
        << edited(docs, u"data.payment.description"_s, QJsonObject{}) << u"description"_s;
    QTest::newRow("is_fallback is a string")
        << edited(docs, u"data.payment.active_attempt.is_fallback"_s, u"maybe"_s) << u"failover"_s;
    QTest::newRow("200 nested arrays as metadata are kept")
        << docsExample().replace("{ \"order_id\": \"1042\" }", nestedArrays(200)) << QString();
    QTest::newRow("a megabyte description is kept")
        << edited(docs, u"data.payment.description"_s, QString(1 << 20, u'x')) << QString();
    QTest::newRow("unknown extra fields are ignored")
        << edited(docs, u"data.payment.something_new"_s, QJsonObject{{u"a"_s, 1}}) << QString();
}

void TestOrqexParser::toleratedHostileFields() {
    QFETCH(QByteArray, body);
    QFETCH(QString, absent);
    const Result<Checkout> result = parseOrqexCheckout(body, kBeforeExpiry);
    QVERIFY(result.ok());
    const Checkout &c = result.value();
    QCOMPARE(c.id, u"cs_abc123"_s);
    if (absent == u"amount")
        QVERIFY(!c.amount);
    else if (absent == u"customer")
        QVERIFY(!c.customer);
    else if (absent == u"attempt")
        QVERIFY(!c.attempt && !c.method && !c.exchangeRate);
    else if (absent == u"method")
        QVERIFY(!c.method);
    else if (absent == u"gateway_reference")
        QCOMPARE(c.attempt->gatewayReference, QString());
    else if (absent == u"icon_url")
        QVERIFY(c.method->iconUrl.isEmpty());
    else if (absent == u"checkout_url")
        QVERIFY(c.checkoutUrl.isEmpty());
    else if (absent == u"metadata")
        QVERIFY(c.metadata.isNull());
    else if (absent == u"created_at")
        QVERIFY(!c.createdAt.isValid());
    else if (absent == u"description")
        QCOMPARE(c.description, QString());
    else if (absent == u"failover")
        QCOMPARE(c.attempt->failover, false);
    else
        QVERIFY2(absent.isEmpty(), qPrintable(absent));
}

void TestOrqexParser::invalidNowNeverExpires() {
    const QByteArray body = edited(docsExample(), u"data.payment.completed_at"_s, QJsonValue::Null);
    const Result<Checkout> result = parseOrqexCheckout(body, QDateTime());
    QVERIFY(result.ok());
    QCOMPARE(result.value().status, CheckoutStatus::Pending);
}

QTEST_GUILESS_MAIN(TestOrqexParser)
#include "tst_OrqexParser.moc"
