#include "FixtureHelpers.h"

#include "domain/ErrorResponse.h"

#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;
using namespace TestHelpers;

class TestErrorResponse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindsAndMessages_data();
    void kindsAndMessages();
    void requestIdAndStatusAreKept();
    void retryAfter_data();
    void retryAfter();
    void retryAfterIsReadFromTheHeader();
    void keysEchoedByAServerAreRedacted();
    void longAndMultiLineMessagesAreTamed();
};

void TestErrorResponse::kindsAndMessages_data() {
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");

    const QString orqex = u"Orqex"_s;
    const QString chargily = u"Chargily Pay"_s;
    QTest::newRow("Orqex 404 fixture keeps the provider's message")
        << orqex << 404 << fixture(u"orqex/error_404.json"_s) << int(ErrorKind::NotFound)
        << u"Checkout session not found."_s;
    QTest::newRow("Orqex 422 fixture lists the field errors")
        << orqex << 422 << fixture(u"orqex/error_422.json"_s) << int(ErrorKind::BadResponse)
        << u"The given data was invalid. (checkoutId: The checkout id format is invalid.)"_s;
    QTest::newRow("Chargily 401 fixture")
        << chargily << 401 << fixture(u"chargily/error_401.json"_s) << int(ErrorKind::Unauthorized)
        << u"Unauthenticated."_s;
    QTest::newRow("404 without a body says checkout not found")
        << chargily << 404 << QByteArray() << int(ErrorKind::NotFound) << u"Checkout not found"_s;
    QTest::newRow("404 with an HTML page says checkout not found")
        << chargily << 404 << QByteArray("<html>Not Found</html>") << int(ErrorKind::NotFound)
        << u"Checkout not found"_s;
    QTest::newRow("410 is not found too")
        << orqex << 410 << QByteArray() << int(ErrorKind::NotFound) << u"Checkout not found"_s;
    QTest::newRow("401 without a body explains the key")
        << orqex << 401 << QByteArray() << int(ErrorKind::Unauthorized)
        << u"Orqex refused the API key (HTTP 401): check the account's key and mode."_s;
    QTest::newRow("403 is forbidden")
        << orqex << 403 << QByteArray("{}") << int(ErrorKind::Forbidden)
        << u"The API key may not read this checkout (HTTP 403)."_s;
    QTest::newRow("400 is a bad request")
        << chargily << 400 << QByteArray("[]") << int(ErrorKind::BadResponse)
        << u"Chargily Pay refused the request as invalid (HTTP "
           u"400)."_s;
    QTest::newRow("409 is a conflict")
        << orqex << 409 << QByteArray() << int(ErrorKind::BadResponse)
        << u"Orqex reported a request conflict (HTTP 409)."_s;
    QTest::newRow("428 is a conflict")
        << orqex << 428 << QByteArray() << int(ErrorKind::BadResponse)
        << u"Orqex reported a request conflict (HTTP 428)."_s;
    QTest::newRow("429 is rate limited")
        << chargily << 429 << QByteArray() << int(ErrorKind::RateLimited)
        << u"Chargily Pay is limiting the request rate (HTTP "
           u"429); try again shortly."_s;
    QTest::newRow("500 is a server error")
        << orqex << 500 << QByteArray("Internal Server Error") << int(ErrorKind::ServerError)
        << u"Orqex had a server error (HTTP 500); try again "
           u"later."_s;
    QTest::newRow("503 with a JSON message")
        << chargily << 503 << QByteArray(R"({"message": "Maintenance."})")
        << int(ErrorKind::ServerError) << u"Maintenance."_s;
    QTest::newRow("an unexpected 3xx")
        << orqex << 302 << QByteArray() << int(ErrorKind::BadResponse)
        << u"Orqex answered with an unexpected HTTP status 302."_s;
    QTest::newRow("errors without a message")
        << orqex << 422 << QByteArray(R"({"errors": {"id": ["Bad."]}})")
        << int(ErrorKind::BadResponse) << u"id: Bad."_s;
    QTest::newRow("errors as strings and junk")
        << orqex << 422
        << QByteArray(
               R"({"message": "Invalid.", "errors": {"a": "One.", "b": [1, "Two."], "c": {}}})")
        << int(ErrorKind::BadResponse) << u"Invalid. (a: One.; b: Two.)"_s;
    QTest::newRow("a message of the wrong type is ignored")
        << orqex << 404 << QByteArray(R"({"message": {"text": "x"}})") << int(ErrorKind::NotFound)
        << u"Checkout not found"_s;
    QTest::newRow("10000 nested arrays are ignored")
        << orqex << 500 << nestedArrays(10000) << int(ErrorKind::ServerError)
        << u"Orqex had a server error (HTTP 500); try again later."_s;
}

void TestErrorResponse::kindsAndMessages() {
    QFETCH(QString, provider);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const LookupError error = errorFromResponse(provider, status, body, QString(), {});
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.message, message);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.retryAfterSeconds, -1);
    QVERIFY(error.accountsTried.isEmpty());
}

void TestErrorResponse::requestIdAndStatusAreKept() {
    const LookupError error =
        errorFromResponse(u"Orqex"_s, 404, QByteArray(), u"req_8f1c2d"_s, QByteArray());
    QCOMPARE(error.requestId, u"req_8f1c2d"_s);
    QCOMPARE(error.httpStatus, 404);
}

void TestErrorResponse::retryAfter_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");

    QTest::newRow("delay in seconds") << QByteArray("120") << 120;
    QTest::newRow("delay with spaces") << QByteArray(" 7 ") << 7;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("huge delay is capped") << QByteArray("99999999999") << 2147483647;
    QTest::newRow("HTTP-date 90 seconds ahead")
        << QByteArray("Sat, 21 Nov 2026 12:01:30 GMT") << 90;
    QTest::newRow("HTTP-date in the past is now")
        << QByteArray("Sat, 21 Nov 2026 11:00:00 GMT") << 0;
    QTest::newRow("RFC 2822 date with an offset")
        << QByteArray("Sat, 21 Nov 2026 13:00:10 +0100") << 10;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("negative delay") << QByteArray("-5") << -1;
    QTest::newRow("fractional delay") << QByteArray("1.5") << -1;
    QTest::newRow("words") << QByteArray("soon") << -1;
    QTest::newRow("40 digits are a huge delay, capped") << QByteArray(40, '9') << 2147483647;
    QTest::newRow("100 digits too") << QByteArray(100, '9') << 2147483647;
    QTest::newRow("overlong text") << QByteArray(100, 'x') << -1;
    QTest::newRow("plus sign") << QByteArray("+5") << -1;
}

void TestErrorResponse::retryAfter() {
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
    QCOMPARE(retryAfterSeconds(header, now), seconds);
}

void TestErrorResponse::retryAfterIsReadFromTheHeader() {
    const LookupError limited =
        errorFromResponse(u"Chargily Pay"_s, 429, QByteArray(), QString(), QByteArray("30"));
    QCOMPARE(limited.kind, ErrorKind::RateLimited);
    QCOMPARE(limited.retryAfterSeconds, 30);
    const LookupError unavailable =
        errorFromResponse(u"Orqex"_s, 503, QByteArray(), QString(), QByteArray("2"));
    QCOMPARE(unavailable.retryAfterSeconds, 2);
}

void TestErrorResponse::keysEchoedByAServerAreRedacted() {
    const QString key = u"sk_test_"_s + QString::number(QDateTime::currentMSecsSinceEpoch(), 16);
    const QString chargilyKey = u"test_sk_"_s + QString(40, u'b');
    const QByteArray body = QByteArray(R"({"message": "Invalid API key )") + key.toLatin1()
                            + QByteArray(R"( (also )") + chargilyKey.toLatin1()
                            + QByteArray(R"().", "errors": {"k": [")") + key.toLatin1()
                            + QByteArray(R"("]}})");
    const LookupError error = errorFromResponse(u"Orqex"_s, 401, body, QString(), {});
    QVERIFY2(!error.message.contains(key), qPrintable(error.message));
    QVERIFY2(!error.message.contains(chargilyKey), qPrintable(error.message));
    QVERIFY(error.message.contains(u"[redacted]"_s));
    QVERIFY(error.message.startsWith(u"Invalid API key"_s));
}

void TestErrorResponse::longAndMultiLineMessagesAreTamed() {
    const QByteArray body = QByteArray(R"({"message": "line one\nline two\u001b[31m )")
                            + QByteArray(5000, 'x') + QByteArray(R"("})");
    const LookupError error = errorFromResponse(u"Orqex"_s, 500, body, QString(), {});
    QVERIFY(error.message.startsWith(u"line one line two [31m"_s));
    QVERIFY(!error.message.contains(u'\n'));
    QVERIFY(!error.message.contains(QChar(0x1b)));
    QVERIFY(error.message.size() <= 400);
}

QTEST_GUILESS_MAIN(TestErrorResponse)
#include "tst_ErrorResponse.moc"
