#include "FixtureHelpers.h"

#include "domain/CheckoutJson.h"
#include "providers/chargily/ChargilyParser.h"
#include "providers/orqex/OrqexParser.h"

#include <QRegularExpression>
#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;
using namespace TestHelpers;

namespace {

QJsonObject money(const char *value, const char *currency) {
    return QJsonObject{{u"value"_s, QString::fromLatin1(value)},
                       {u"currency"_s, QString::fromLatin1(currency)}};
}

const QJsonValue kNull(QJsonValue::Null);

// The keys of interface.md's found element, in its order.
const QStringList kCheckoutKeys{
    u"id"_s,           u"provider"_s,
    u"account"_s,      u"mode"_s,
    u"status"_s,       u"provider_status"_s,
    u"amount"_s,       u"amount_before_discount"_s,
    u"discount"_s,     u"fees"_s,
    u"customer"_s,     u"method"_s,
    u"attempt"_s,      u"exchange_rate"_s,
    u"checkout_url"_s, u"description"_s,
    u"metadata"_s,     u"created_at"_s,
    u"updated_at"_s,   u"expires_at"_s,
    u"completed_at"_s,
};

// Top-level keys of a JSON text, in the order written.
QStringList topLevelKeys(const QByteArray &json) {
    static const QRegularExpression key(QStringLiteral("^    \"([a-z_]+)\":"),
                                        QRegularExpression::MultilineOption);
    QStringList keys;
    auto it = key.globalMatch(QString::fromUtf8(json));
    while (it.hasNext())
        keys.append(it.next().captured(1));
    return keys;
}

} // namespace

class TestCheckoutJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chargilyDocsExampleMatchesInterface();
    void chargilyPaidExample();
    void orqexDocsExample();
    void orqexSdkShape();
    void emptyCheckoutWritesNulls();
    void times_data();
    void times();
    void moneyForms_data();
    void moneyForms();
    void statusKeys_data();
    void statusKeys();
    void lookupError_data();
    void lookupError();
    void orderedTextFollowsInterface();
    void orderedTextKeepsEveryValue_data();
    void orderedTextKeepsEveryValue();
};

void TestCheckoutJson::chargilyDocsExampleMatchesInterface() {
    Checkout checkout =
        parseChargilyCheckout(fixture(u"chargily/checkout_docs_example.json"_s)).value();
    checkout.account = u"dz-test"_s;
    const QJsonObject json = checkoutToJson(checkout);

    QCOMPARE(json.keys().size(), kCheckoutKeys.size());
    for (const QString &key : kCheckoutKeys)
        QVERIFY2(json.contains(key), qPrintable(key));

    QCOMPARE(json.value(u"id"_s), QJsonValue(u"01hj5n7cqpaf0mt2d0xx85tgz8"_s));
    QCOMPARE(json.value(u"provider"_s), QJsonValue(u"chargily"_s));
    QCOMPARE(json.value(u"account"_s), QJsonValue(u"dz-test"_s));
    QCOMPARE(json.value(u"mode"_s), QJsonValue(u"test"_s));
    QCOMPARE(json.value(u"status"_s), QJsonValue(u"pending"_s));
    QCOMPARE(json.value(u"provider_status"_s), QJsonValue(u"pending"_s));
    QCOMPARE(json.value(u"amount"_s), QJsonValue(money("2500.00", "DZD")));
    QCOMPARE(json.value(u"amount_before_discount"_s), QJsonValue(money("5000.00", "DZD")));
    QCOMPARE(json.value(u"discount"_s),
             QJsonValue(QJsonObject{{u"type"_s, u"percentage"_s},
                                    {u"percent"_s, u"50"_s},
                                    {u"amount"_s, money("2500.00", "DZD")}}));
    QCOMPARE(json.value(u"fees"_s), QJsonValue(QJsonObject{{u"total"_s, money("0.00", "DZD")},
                                                           {u"merchant"_s, money("0.00", "DZD")},
                                                           {u"customer"_s, money("0.00", "DZD")},
                                                           {u"paid_by"_s, u"customer"_s}}));
    QCOMPARE(json.value(u"customer"_s),
             QJsonValue(QJsonObject{{u"id"_s, u"01hj150206g0jxnh5r2yvvdrna"_s},
                                    {u"name"_s, kNull},
                                    {u"email"_s, kNull},
                                    {u"avatar_url"_s, kNull}}));
    QCOMPARE(json.value(u"method"_s), kNull);
    QCOMPARE(json.value(u"attempt"_s), kNull);
    QCOMPARE(json.value(u"exchange_rate"_s), kNull);
    QCOMPARE(
        json.value(u"checkout_url"_s),
        QJsonValue(u"https://pay.chargily.dz/test/checkouts/01hj5n7cqpaf0mt2d0xx85tgz8/pay"_s));
    QCOMPARE(json.value(u"description"_s), kNull);
    QCOMPARE(json.value(u"metadata"_s), kNull);
    QCOMPARE(json.value(u"created_at"_s), QJsonValue(u"2023-12-21T07:42:47Z"_s));
    QCOMPARE(json.value(u"updated_at"_s), QJsonValue(u"2023-12-21T07:42:47Z"_s));
    QCOMPARE(json.value(u"expires_at"_s), kNull);
    QCOMPARE(json.value(u"completed_at"_s), kNull);
}

void TestCheckoutJson::chargilyPaidExample() {
    const Checkout checkout =
        parseChargilyCheckout(fixture(u"chargily/checkout_paid_edahabia.json"_s)).value();
    const QJsonObject json = checkoutToJson(checkout);
    QCOMPARE(json.value(u"account"_s), kNull);
    QCOMPARE(json.value(u"mode"_s), QJsonValue(u"live"_s));
    QCOMPARE(json.value(u"status"_s), QJsonValue(u"paid"_s));
    QCOMPARE(json.value(u"amount"_s), QJsonValue(money("12000.00", "DZD")));
    QCOMPARE(json.value(u"amount_before_discount"_s), kNull);
    QCOMPARE(json.value(u"discount"_s), kNull);
    QCOMPARE(json.value(u"fees"_s).toObject().value(u"total"_s),
             QJsonValue(money("300.00", "DZD")));
    QCOMPARE(json.value(u"fees"_s).toObject().value(u"paid_by"_s), QJsonValue(u"split"_s));
    QCOMPARE(json.value(u"method"_s),
             QJsonValue(QJsonObject{
                 {u"code"_s, u"edahabia"_s}, {u"label"_s, u"EDAHABIA"_s}, {u"icon_url"_s, kNull}}));
    QCOMPARE(json.value(u"description"_s), QJsonValue(u"Commande 58"_s));
    QCOMPARE(json.value(u"metadata"_s), QJsonValue(QJsonArray{QJsonObject{{u"order"_s, u"58"_s}}}));
    QCOMPARE(json.value(u"created_at"_s), QJsonValue(u"2024-11-21T12:00:00Z"_s));
    QCOMPARE(json.value(u"updated_at"_s), QJsonValue(u"2024-11-21T12:05:00Z"_s));
}

void TestCheckoutJson::orqexDocsExample() {
    const QDateTime now(QDate(2026, 11, 21), QTime(18, 0), Qt::UTC);
    Checkout checkout =
        parseOrqexCheckout(fixture(u"orqex/checkout_docs_example.json"_s), now).value();
    checkout.mode = Mode::Live; // from the account, as the lookup does when the body is silent
    const QJsonObject json = checkoutToJson(checkout);
    QCOMPARE(json.value(u"provider"_s), QJsonValue(u"orqex"_s));
    QCOMPARE(json.value(u"mode"_s), QJsonValue(u"live"_s));
    QCOMPARE(json.value(u"status"_s), QJsonValue(u"paid"_s));
    QCOMPARE(json.value(u"provider_status"_s), QJsonValue(u"completed"_s));
    QCOMPARE(json.value(u"amount"_s), QJsonValue(money("50", "XOF")));
    QCOMPARE(json.value(u"customer"_s),
             QJsonValue(QJsonObject{
                 {u"id"_s, u"cus_abc123"_s},
                 {u"name"_s, u"Awa Diallo"_s},
                 {u"email"_s, u"awa.diallo@example.com"_s},
                 {u"avatar_url"_s, u"https://cdn.example.com/avatars/cus_abc123.png"_s}}));
    QCOMPARE(json.value(u"method"_s),
             QJsonValue(
                 QJsonObject{{u"code"_s, u"momo_mtn"_s},
                             {u"label"_s, u"MTN Mobile Money"_s},
                             {u"icon_url"_s, u"https://cdn.example.com/methods/momo_mtn.svg"_s}}));
    QCOMPARE(json.value(u"attempt"_s),
             QJsonValue(QJsonObject{{u"id"_s, u"pa_7Hq2"_s},
                                    {u"status"_s, kNull},
                                    {u"failure"_s, kNull},
                                    {u"failover"_s, false},
                                    {u"gateway_reference"_s, u"MTN-REF-0099"_s}}));
    QCOMPARE(json.value(u"exchange_rate"_s), kNull);
    QCOMPARE(json.value(u"metadata"_s), QJsonValue(QJsonObject{{u"order_id"_s, u"1042"_s}}));
    QCOMPARE(json.value(u"description"_s), QJsonValue(u"Order #1042"_s));
    QCOMPARE(json.value(u"checkout_url"_s), QJsonValue(u"https://pay.orqex.com/c/cs_abc123"_s));
    QCOMPARE(json.value(u"created_at"_s), QJsonValue(u"2026-11-21T17:30:00Z"_s));
    QCOMPARE(json.value(u"updated_at"_s), kNull);
    QCOMPARE(json.value(u"expires_at"_s), QJsonValue(u"2026-11-21T18:30:00Z"_s));
    QCOMPARE(json.value(u"completed_at"_s), QJsonValue(u"2026-11-21T17:32:10Z"_s));
}

void TestCheckoutJson::orqexSdkShape() {
    const QDateTime now(QDate(2026, 11, 21), QTime(18, 0), Qt::UTC);
    const Checkout checkout =
        parseOrqexCheckout(fixture(u"orqex/checkout_sdk_shape.json"_s), now).value();
    const QJsonObject json = checkoutToJson(checkout);
    QCOMPARE(json.value(u"mode"_s), QJsonValue(u"test"_s));
    QCOMPARE(json.value(u"status"_s), QJsonValue(u"failed"_s));
    QCOMPARE(json.value(u"amount"_s), QJsonValue(money("12500", "XOF")));
    QCOMPARE(json.value(u"customer"_s).toObject().value(u"email"_s), kNull);
    QCOMPARE(json.value(u"attempt"_s),
             QJsonValue(QJsonObject{
                 {u"id"_s, u"pa_1"_s},
                 {u"status"_s, u"failed"_s},
                 {u"failure"_s,
                  QJsonObject{{u"code"_s, u"ROUTING_NOT_CONFIGURED"_s},
                              {u"category"_s, u"MERCHANT_CONFIG_ERROR"_s},
                              {u"message"_s, u"No routing rule configured for this method."_s}}},
                 {u"failover"_s, true},
                 {u"gateway_reference"_s, kNull}}));
    QCOMPARE(json.value(u"exchange_rate"_s),
             QJsonValue(QJsonObject{
                 {u"value"_s, u"0.0016"_s}, {u"from"_s, u"XOF"_s}, {u"to"_s, u"USD"_s}}));
    QCOMPARE(json.value(u"metadata"_s), QJsonValue(QJsonArray()));
    QCOMPARE(json.value(u"description"_s), kNull);
}

void TestCheckoutJson::emptyCheckoutWritesNulls() {
    Checkout checkout;
    checkout.id = u"cs_x"_s;
    const QJsonObject json = checkoutToJson(checkout);
    QCOMPARE(json.keys().size(), kCheckoutKeys.size());
    QCOMPARE(json.value(u"status"_s), QJsonValue(u"unknown"_s));
    for (const QString &key : kCheckoutKeys) {
        if (key == u"id" || key == u"provider" || key == u"status")
            continue;
        QVERIFY2(json.value(key).isNull(), qPrintable(key));
    }
    // An invalid Money in a present section is null, never a made-up number.
    checkout.fees = Fees{};
    QCOMPARE(checkoutToJson(checkout).value(u"fees"_s).toObject().value(u"total"_s), kNull);
    QCOMPARE(moneyToJson(Money()), QJsonObject());
}

void TestCheckoutJson::times_data() {
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QJsonValue>("expected");

    const QDate day(2026, 11, 21);
    QTest::newRow("UTC time with Z")
        << QDateTime(day, QTime(17, 30), Qt::UTC) << QJsonValue(u"2026-11-21T17:30:00Z"_s);
    QTest::newRow("milliseconds are dropped")
        << QDateTime(day, QTime(17, 30, 5, 999), Qt::UTC) << QJsonValue(u"2026-11-21T17:30:05Z"_s);
    QTest::newRow("an offset time is written in UTC")
        << QDateTime(day, QTime(18, 30), Qt::OffsetFromUTC, 3600)
        << QJsonValue(u"2026-11-21T17:30:00Z"_s);
    QTest::newRow("invalid time is null") << QDateTime() << kNull;
}

void TestCheckoutJson::times() {
    QFETCH(QDateTime, time);
    QFETCH(QJsonValue, expected);
    Checkout checkout;
    checkout.createdAt = time;
    QCOMPARE(checkoutToJson(checkout).value(u"created_at"_s), expected);
}

void TestCheckoutJson::moneyForms_data() {
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("value");

    QTest::newRow("dinars have two digits") << u"2500"_s << u"dzd"_s << u"2500.00"_s;
    QTest::newRow("francs have none") << u"50"_s << u"XOF"_s << u"50"_s;
    QTest::newRow("finer francs are not rounded") << u"50.5"_s << u"XOF"_s << u"50.5"_s;
    QTest::newRow("negative dinars") << u"-1.5"_s << u"DZD"_s << u"-1.50"_s;
}

void TestCheckoutJson::moneyForms() {
    QFETCH(QString, decimal);
    QFETCH(QString, currency);
    QFETCH(QString, value);
    const QJsonObject json = moneyToJson(*Money::fromDecimal(decimal, currency));
    QCOMPARE(json.value(u"value"_s), QJsonValue(value));
    QVERIFY(json.value(u"value"_s).isString());
    QCOMPARE(json.value(u"currency"_s), QJsonValue(currency.toUpper()));
    QCOMPARE(json.keys(), (QStringList{u"currency"_s, u"value"_s}));
}

void TestCheckoutJson::statusKeys_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("key");
    QTest::newRow("action required") << int(CheckoutStatus::ActionRequired) << u"action_required"_s;
    QTest::newRow("partially refunded")
        << int(CheckoutStatus::PartiallyRefunded) << u"partially_refunded"_s;
    QTest::newRow("canceled") << int(CheckoutStatus::Canceled) << u"canceled"_s;
}

void TestCheckoutJson::statusKeys() {
    QFETCH(int, status);
    QFETCH(QString, key);
    Checkout checkout;
    checkout.status = CheckoutStatus(status);
    checkout.providerStatus = u"cancelled"_s;
    const QJsonObject json = checkoutToJson(checkout);
    QCOMPARE(json.value(u"status"_s), QJsonValue(key));
    QCOMPARE(json.value(u"provider_status"_s), QJsonValue(u"cancelled"_s));
}

void TestCheckoutJson::lookupError_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QStringList>("accounts");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("not found on two accounts")
        << int(ErrorKind::NotFound) << 404 << QString() << QStringList{u"dz-test"_s, u"dz-live"_s}
        << QByteArray(R"({"error":{"accounts_tried":["dz-test","dz-live"],"http_status":404,)"
                      R"("kind":"not_found","message":"Checkout not found","request_id":null},)"
                      R"("id":"01hj5n7cqpaf0mt2d0xx85tgz8"})");
    QTest::newRow("invalid id without a status")
        << int(ErrorKind::InvalidId) << 0 << QString() << QStringList()
        << QByteArray(R"({"error":{"accounts_tried":[],"http_status":null,"kind":"invalid_id",)"
                      R"("message":"Checkout not found","request_id":null},)"
                      R"("id":"01hj5n7cqpaf0mt2d0xx85tgz8"})");
    QTest::newRow("server error with a request id")
        << int(ErrorKind::ServerError) << 502 << u"req-1"_s << QStringList{u"sn"_s}
        << QByteArray(R"({"error":{"accounts_tried":["sn"],"http_status":502,)"
                      R"("kind":"server_error","message":"Checkout not found",)"
                      R"("request_id":"req-1"},"id":"01hj5n7cqpaf0mt2d0xx85tgz8"})");
}

void TestCheckoutJson::lookupError() {
    QFETCH(int, kind);
    QFETCH(int, httpStatus);
    QFETCH(QString, requestId);
    QFETCH(QStringList, accounts);
    QFETCH(QByteArray, expected);
    LookupError error;
    error.kind = ErrorKind(kind);
    error.message = u"Checkout not found"_s;
    error.httpStatus = httpStatus;
    error.requestId = requestId;
    error.accountsTried = accounts;
    const QJsonObject json = lookupErrorToJson(u"01hj5n7cqpaf0mt2d0xx85tgz8"_s, error);
    QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact), expected);
}

void TestCheckoutJson::orderedTextFollowsInterface() {
    Checkout checkout =
        parseChargilyCheckout(fixture(u"chargily/checkout_docs_example.json"_s)).value();
    checkout.account = u"dz-test"_s;
    const QByteArray text = toOrderedJson(checkoutToJson(checkout));
    QCOMPARE(topLevelKeys(text), kCheckoutKeys);
    QVERIFY(text.endsWith("}\n"));
    QVERIFY2(text.contains(R"("amount": {
        "value": "2500.00",
        "currency": "DZD"
    },)"),
             text.constData());
    QVERIFY2(text.contains(R"("discount": {
        "type": "percentage",
        "percent": "50",
        "amount": {)"),
             text.constData());
    QVERIFY(text.contains(R"("paid_by": "customer")"));
    QVERIFY(text.contains(R"("fees": {
        "total": {)"));

    LookupError error;
    error.kind = ErrorKind::NotFound;
    error.message = u"Checkout not found"_s;
    error.httpStatus = 404;
    error.accountsTried = {u"dz-test"_s};
    const QByteArray compact =
        toOrderedJson(lookupErrorToJson(u"cs_x"_s, error), QJsonDocument::Compact);
    QCOMPARE(compact, QByteArray(R"({"id":"cs_x","error":{"kind":"not_found",)"
                                 R"("message":"Checkout not found","http_status":404,)"
                                 R"("request_id":null,"accounts_tried":["dz-test"]}})"));
}

void TestCheckoutJson::orderedTextKeepsEveryValue_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("orqex");
    QTest::newRow("Chargily docs example")
        << fixture(u"chargily/checkout_docs_example.json"_s) << false;
    QTest::newRow("Chargily paid example")
        << fixture(u"chargily/checkout_paid_edahabia.json"_s) << false;
    QTest::newRow("Orqex docs example") << fixture(u"orqex/checkout_docs_example.json"_s) << true;
    QTest::newRow("Orqex SDK shape") << fixture(u"orqex/checkout_sdk_shape.json"_s) << true;
    QTest::newRow("metadata with unicode, escapes and nesting") << edited(
        fixture(u"orqex/checkout_sdk_shape.json"_s), u"data.payment.metadata"_s,
        QJsonObject{{u"z"_s, u"\"quoted\"\n\u00E9\u062C"_s},
                    {u"id"_s, QJsonArray{1, 2.5, true, QJsonValue::Null}},
                    {u"nested"_s, QJsonObject{{u"b"_s, QJsonObject{}}, {u"a"_s, QJsonArray{}}}}})
                                                                << true;
}

void TestCheckoutJson::orderedTextKeepsEveryValue() {
    QFETCH(QByteArray, body);
    QFETCH(bool, orqex);
    const Checkout checkout =
        orqex ? parseOrqexCheckout(body, QDateTime()).value() : parseChargilyCheckout(body).value();
    const QJsonObject json = checkoutToJson(checkout);
    const QJsonObject document{{u"results"_s, QJsonArray{json, lookupErrorToJson(u"x"_s, {})}}};
    for (const auto format : {QJsonDocument::Indented, QJsonDocument::Compact}) {
        QJsonParseError error;
        const QJsonDocument reread =
            QJsonDocument::fromJson(toOrderedJson(document, format), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(reread.object(), document);
    }
}

QTEST_GUILESS_MAIN(TestCheckoutJson)
#include "tst_CheckoutJson.moc"
