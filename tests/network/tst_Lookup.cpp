// The lookup service against QtHttpServer instances on 127.0.0.1: the providers' fixtures end
// to end, every error status, and which account answers.

#include "LookupHarness.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Paydesk;
using namespace Paydesk::Test;

namespace {

const QString orqexId = QStringLiteral("cs_abc123");
const QString chargilyId = QStringLiteral("01hj5n7cqpaf0mt2d0xx85tgz8");
const QString chargilyPaidId = QStringLiteral("01hkq3m9v7r2x8c4t6b0n5w1ye");

QHttpServerResponse notFound() {
    return reply(404, fixture(QStringLiteral("orqex/error_404.json")));
}

} // namespace

class TestLookup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void orqexDocsFixtureEndToEnd();
    void orqexSdkFixtureTakesModeFromResponse();
    void chargilyFixtureWithCustomerAndItems();
    void chargilyExtrasFailingNeverHideTheCheckout();
    void errorStatuses_data();
    void errorStatuses();
    void retryAfterIsHonoured();
    void serverErrorThenSuccessIsRetried();
    void nonJsonBodyIsBadResponse();
    void secondAccountFindsIt();
    void notFoundNamesEveryAccountAsked();
    void unauthorizedWinsOverNotFound();
    void firstAccountFindingItStopsTheSearch();
    void explicitAccountIsTheOnlyOneAsked();
    void unknownExplicitAccountIsNoAccount();
    void noAccountForTheProvider();
    void invalidIdSendsNothing();
    void keychainErrorIsReported();
    void keyThatCouldSplitHeadersIsRefused();
    void foundCheckoutKeepsItsBodyWithoutSlack_data();
    void foundCheckoutKeepsItsBodyWithoutSlack();
};

void TestLookup::orqexDocsFixtureEndToEnd() {
    HttpTestServer server;
    server.setHandler([](const QHttpServerRequest &request) {
        if (request.url().path() == QStringLiteral("/v1/payment/checkouts/cs_abc123"))
            return reply(200, fixture(QStringLiteral("orqex/checkout_docs_example.json")),
                         {{"X-Request-Id", "req_ok_1"}});
        return notFound();
    });
    LookupHarness h;
    const QString key = h.addAccount(account(QStringLiteral("ci-test"), QStringLiteral("orqex"),
                                             server.url(QStringLiteral("/v1"))));
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QVERIFY2(outcome->result.ok(), qPrintable(failureText(outcome->result)));
    const Checkout &checkout = outcome->result.value();
    QCOMPARE(outcome->id, orqexId);
    QCOMPARE(checkout.id, orqexId);
    QCOMPARE(checkout.provider, QStringLiteral("orqex"));
    QCOMPARE(checkout.account, QStringLiteral("ci-test"));
    QCOMPARE(checkout.mode, Mode::Test); // the docs shape does not say: the account's
    QVERIFY(checkout.amount);
    QCOMPARE(checkout.amount->toDecimalString(), QStringLiteral("50"));
    QCOMPARE(checkout.amount->currency(), QStringLiteral("XOF"));
    QCOMPARE(checkout.status, CheckoutStatus::Paid);

    QCOMPARE(server.requests.size(), 1);
    const SeenRequest &seen = server.requests.first();
    QCOMPARE(seen.header("Authorization"), QByteArray("Bearer " + key.toLatin1()));
    QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
    QVERIFY(seen.header("User-Agent").startsWith("Paydesk/"));
}

void TestLookup::orqexSdkFixtureTakesModeFromResponse() {
    HttpTestServer server;
    server.setHandler([](const QHttpServerRequest &) {
        return reply(200, fixture(QStringLiteral("orqex/checkout_sdk_shape.json")));
    });
    LookupHarness h;
    h.addAccount(account(QStringLiteral("ci-live"), QStringLiteral("orqex"),
                         server.url(QStringLiteral("/v1")), Mode::Live));
    const auto outcome = h.run(QStringLiteral("cs_q8Lm2"));
    QVERIFY(outcome);
    QVERIFY2(outcome->result.ok(), qPrintable(failureText(outcome->result)));
    QCOMPARE(outcome->result.value().mode, Mode::Test); // "environment": "sandbox"
    QCOMPARE(outcome->result.value().status, CheckoutStatus::Failed);
    QCOMPARE(server.count(QStringLiteral("/v1/payment/checkouts/cs_q8Lm2")), 1);
}

void TestLookup::chargilyFixtureWithCustomerAndItems() {
    HttpTestServer server;
    server.setHandler([](const QHttpServerRequest &request) {
        const QString path = request.url().path();
        if (path == QStringLiteral("/test/api/v2/checkouts/01hj5n7cqpaf0mt2d0xx85tgz8"))
            return reply(200, fixture(QStringLiteral("chargily/checkout_docs_example.json")));
        if (path == QStringLiteral("/test/api/v2/customers/01hj150206g0jxnh5r2yvvdrna"))
            return reply(200, fixture(QStringLiteral("chargily/customer.json")));
        if (path == QStringLiteral("/test/api/v2/checkouts/01hj5n7cqpaf0mt2d0xx85tgz8/items"))
            return reply(200, fixture(QStringLiteral("chargily/checkout_items.json")));
        return notFound();
    });
    LookupHarness h;
    const QString key = h.addAccount(account(QStringLiteral("dz-test"), QStringLiteral("chargily"),
                                             server.url(QStringLiteral("/test/api/v2/"))));
    const auto outcome = h.run(chargilyId);
    QVERIFY(outcome);
    QVERIFY2(outcome->result.ok(), qPrintable(failureText(outcome->result)));
    const Checkout &checkout = outcome->result.value();
    QCOMPARE(checkout.id, chargilyId);
    QCOMPARE(checkout.account, QStringLiteral("dz-test"));
    QCOMPARE(checkout.mode, Mode::Test);
    QCOMPARE(checkout.amount->toDecimalString(), QStringLiteral("2500.00"));
    QVERIFY(checkout.customer);
    QCOMPARE(checkout.customer->name, QStringLiteral("Yacine Benali"));
    QCOMPARE(checkout.customer->email, QStringLiteral("yacine.benali@example.dz"));
    QCOMPARE(checkout.customer->phone, QStringLiteral("+213555123456"));
    QCOMPARE(checkout.items.size(), 1);
    QCOMPARE(checkout.items.first().quantity, 2);

    QCOMPARE(server.requests.size(), 3);
    for (const SeenRequest &seen : std::as_const(server.requests))
        QCOMPARE(seen.header("Authorization"), QByteArray("Bearer " + key.toLatin1()));
}

void TestLookup::chargilyExtrasFailingNeverHideTheCheckout() {
    HttpTestServer server;
    server.setHandler([](const QHttpServerRequest &request) {
        const QString path = request.url().path();
        if (path == QStringLiteral("/api/v2/checkouts/01hkq3m9v7r2x8c4t6b0n5w1ye"))
            return reply(200, fixture(QStringLiteral("chargily/checkout_paid_edahabia.json")));
        if (path.endsWith(QStringLiteral("/items")))
            return reply(500, QByteArrayLiteral("{\"message\":\"Server Error\"}"));
        return reply(200, QByteArrayLiteral("this is not json"));
    });
    LookupHarness h;
    h.addAccount(account(QStringLiteral("dz"), QStringLiteral("chargily"),
                         server.url(QStringLiteral("/api/v2")), Mode::Test));
    const auto outcome = h.run(chargilyPaidId);
    QVERIFY(outcome);
    QVERIFY2(outcome->result.ok(), qPrintable(failureText(outcome->result)));
    const Checkout &checkout = outcome->result.value();
    QCOMPARE(checkout.mode, Mode::Live); // "livemode": true wins over the account's mode
    QCOMPARE(checkout.status, CheckoutStatus::Paid);
    QVERIFY(checkout.items.isEmpty());
    QVERIFY(checkout.customer);
    QVERIFY(checkout.customer->name.isEmpty());
    QCOMPARE(server.count(QStringLiteral("/api/v2/customers/01hkq3k0aa1b2c3d4e5f6g7h8j")), 1);
    QCOMPARE(server.count(QStringLiteral("/api/v2/checkouts/01hkq3m9v7r2x8c4t6b0n5w1ye/items")),
             3); // 5xx is retried, then given up without harm
}

void TestLookup::errorStatuses_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("attempts");

    QTest::newRow("401 means the key is refused")
        << 401 << QByteArray() << int(ErrorKind::Unauthorized) << 1;
    QTest::newRow("403 means forbidden") << 403 << QByteArray() << int(ErrorKind::Forbidden) << 1;
    QTest::newRow("404 means not found") << 404 << QByteArray() << int(ErrorKind::NotFound) << 1;
    QTest::newRow("422 is a bad request, not retried")
        << 422 << QByteArray() << int(ErrorKind::BadResponse) << 1;
    QTest::newRow("429 without Retry-After is retried with backoff")
        << 429 << QByteArray() << int(ErrorKind::RateLimited) << 3;
    QTest::newRow("429 asking for two minutes is not waited for")
        << 429 << QByteArray("120") << int(ErrorKind::RateLimited) << 1;
    QTest::newRow("500 is retried three times in all")
        << 500 << QByteArray() << int(ErrorKind::ServerError) << 3;
    QTest::newRow("502 is retried") << 502 << QByteArray() << int(ErrorKind::ServerError) << 3;
    QTest::newRow("503 is retried") << 503 << QByteArray() << int(ErrorKind::ServerError) << 3;
}

void TestLookup::errorStatuses() {
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, kind);
    QFETCH(int, attempts);

    HttpTestServer server;
    server.setHandler([&](const QHttpServerRequest &) {
        QList<QPair<QByteArray, QByteArray>> headers{{"X-Request-Id", "req_err_7"}};
        if (!retryAfter.isEmpty())
            headers.append({"Retry-After", retryAfter});
        return reply(status, QByteArrayLiteral("{\"message\":\"Provider says no.\"}"), headers);
    });
    LookupHarness h;
    h.addAccount(account(QStringLiteral("ci-test"), QStringLiteral("orqex"),
                         server.url(QStringLiteral("/v1"))));
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QVERIFY(!outcome->result.ok());
    const LookupError &error = outcome->result.error();
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.requestId, QStringLiteral("req_err_7"));
    QCOMPARE(error.accountsTried, QStringList{QStringLiteral("ci-test")});
    QVERIFY2(error.message.contains(QStringLiteral("ci-test")), qPrintable(error.message));
    QCOMPARE(server.requests.size(), attempts);
}

void TestLookup::retryAfterIsHonoured() {
    HttpTestServer server;
    server.setHandler([&server](const QHttpServerRequest &) {
        if (server.requests.size() == 1)
            return reply(429, QByteArrayLiteral("{\"message\":\"Too Many Attempts.\"}"),
                         {{"Retry-After", "1"}});
        return reply(200, fixture(QStringLiteral("orqex/checkout_docs_example.json")));
    });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    QElapsedTimer clock;
    clock.start();
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QVERIFY2(outcome->result.ok(), qPrintable(failureText(outcome->result)));
    QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(server.requests.size(), 2);
}

void TestLookup::serverErrorThenSuccessIsRetried() {
    HttpTestServer server;
    server.setHandler([&server](const QHttpServerRequest &) {
        if (server.requests.size() < 3)
            return reply(503, QByteArrayLiteral("{\"message\":\"Maintenance\"}"));
        return reply(200, fixture(QStringLiteral("orqex/checkout_docs_example.json")));
    });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QVERIFY2(outcome->result.ok(), qPrintable(failureText(outcome->result)));
    QCOMPARE(server.requests.size(), 3);
}

void TestLookup::nonJsonBodyIsBadResponse() {
    HttpTestServer server;
    server.setHandler([](const QHttpServerRequest &) {
        QHttpServerResponse response(QByteArrayLiteral("text/html"),
                                     QByteArrayLiteral("<html><body>Welcome!</body></html>"));
        return response;
    });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QVERIFY(!outcome->result.ok());
    QCOMPARE(outcome->result.error().kind, ErrorKind::BadResponse);
    QCOMPARE(outcome->result.error().httpStatus, 200);
    QCOMPARE(server.requests.size(), 1);
}

void TestLookup::secondAccountFindsIt() {
    HttpTestServer server;
    server.setHandler([](const QHttpServerRequest &request) {
        if (request.url().path().startsWith(QStringLiteral("/b/")))
            return reply(200, fixture(QStringLiteral("chargily/checkout_docs_example.json")));
        return reply(404, QByteArrayLiteral("{\"message\":\"Not Found\"}"));
    });
    LookupHarness h;
    h.addAccount(account(QStringLiteral("first"), QStringLiteral("chargily"),
                         server.url(QStringLiteral("/a"))));
    h.addAccount(account(QStringLiteral("orqex"), QStringLiteral("orqex"),
                         server.url(QStringLiteral("/o"))));
    h.addAccount(account(QStringLiteral("second"), QStringLiteral("chargily"),
                         server.url(QStringLiteral("/b"))));
    const auto outcome = h.run(chargilyId);
    QVERIFY(outcome);
    QVERIFY2(outcome->result.ok(), qPrintable(failureText(outcome->result)));
    QCOMPARE(outcome->result.value().account, QStringLiteral("second"));
    QCOMPARE(server.count(QStringLiteral("/a/checkouts/") + chargilyId), 1);
    QCOMPARE(server.count(QStringLiteral("/b/checkouts/") + chargilyId), 1);
    for (const SeenRequest &seen : std::as_const(server.requests))
        QVERIFY(!seen.path.startsWith(QStringLiteral("/o/"))); // Orqex cannot hold this id
}

void TestLookup::notFoundNamesEveryAccountAsked() {
    HttpTestServer server;
    LookupHarness h;
    h.addAccount(account(QStringLiteral("shop-a"), QStringLiteral("orqex"),
                         server.url(QStringLiteral("/a"))));
    h.addAccount(account(QStringLiteral("shop-b"), QStringLiteral("orqex"),
                         server.url(QStringLiteral("/b"))));
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QVERIFY(!outcome->result.ok());
    const LookupError &error = outcome->result.error();
    QCOMPARE(error.kind, ErrorKind::NotFound);
    QCOMPARE(error.accountsTried,
             (QStringList{QStringLiteral("shop-a"), QStringLiteral("shop-b")}));
    QVERIFY2(error.message.contains(QStringLiteral("shop-a"))
                 && error.message.contains(QStringLiteral("shop-b")),
             qPrintable(error.message));
    QCOMPARE(server.requests.size(), 2);
}

void TestLookup::unauthorizedWinsOverNotFound() {
    HttpTestServer server;
    server.setHandler([](const QHttpServerRequest &request) {
        if (request.url().path().startsWith(QStringLiteral("/b/")))
            return reply(401, fixture(QStringLiteral("chargily/error_401.json")));
        return reply(404, QByteArrayLiteral("{\"message\":\"Not Found\"}"));
    });
    LookupHarness h;
    h.addAccount(account(QStringLiteral("shop-a"), QStringLiteral("chargily"),
                         server.url(QStringLiteral("/a"))));
    h.addAccount(account(QStringLiteral("shop-b"), QStringLiteral("chargily"),
                         server.url(QStringLiteral("/b"))));
    const auto outcome = h.run(chargilyId);
    QVERIFY(outcome);
    QVERIFY(!outcome->result.ok());
    const LookupError &error = outcome->result.error();
    QCOMPARE(error.kind, ErrorKind::Unauthorized);
    QCOMPARE(error.httpStatus, 401);
    QVERIFY2(error.message.contains(QStringLiteral("shop-b")), qPrintable(error.message));
    QCOMPARE(error.accountsTried,
             (QStringList{QStringLiteral("shop-a"), QStringLiteral("shop-b")}));
}

void TestLookup::firstAccountFindingItStopsTheSearch() {
    HttpTestServer server;
    server.setHandler([](const QHttpServerRequest &) {
        return reply(200, fixture(QStringLiteral("orqex/checkout_docs_example.json")));
    });
    LookupHarness h;
    h.addAccount(account(QStringLiteral("shop-a"), QStringLiteral("orqex"),
                         server.url(QStringLiteral("/a"))));
    h.addAccount(account(QStringLiteral("shop-b"), QStringLiteral("orqex"),
                         server.url(QStringLiteral("/b"))));
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QVERIFY(outcome->result.ok());
    QCOMPARE(outcome->result.value().account, QStringLiteral("shop-a"));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(h.keys.reads, 1);
}

void TestLookup::explicitAccountIsTheOnlyOneAsked() {
    HttpTestServer server;
    LookupHarness h;
    h.addAccount(account(QStringLiteral("shop-a"), QStringLiteral("orqex"),
                         server.url(QStringLiteral("/a"))));
    h.addAccount(account(QStringLiteral("shop-b"), QStringLiteral("orqex"),
                         server.url(QStringLiteral("/b"))));
    const auto outcome = h.run(orqexId, QStringLiteral("shop-b"));
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::NotFound);
    QCOMPARE(outcome->result.error().accountsTried, QStringList{QStringLiteral("shop-b")});
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(server.requests.first().path.startsWith(QStringLiteral("/b/")));
}

void TestLookup::unknownExplicitAccountIsNoAccount() {
    HttpTestServer server;
    LookupHarness h;
    h.addAccount(account(QStringLiteral("shop-a"), QStringLiteral("orqex"),
                         server.url(QStringLiteral("/a"))));
    const auto outcome = h.run(orqexId, QStringLiteral("nobody"));
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::NoAccount);
    QVERIFY(outcome->result.error().message.contains(QStringLiteral("nobody")));
    QCOMPARE(server.requests.size(), 0);
}

void TestLookup::noAccountForTheProvider() {
    HttpTestServer server;
    LookupHarness h;
    h.addAccount(account(QStringLiteral("shop-a"), QStringLiteral("orqex"),
                         server.url(QStringLiteral("/a"))));
    const auto outcome = h.run(chargilyId);
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::NoAccount);
    QCOMPARE(server.requests.size(), 0);
    QCOMPARE(h.keys.reads, 0);
}

void TestLookup::invalidIdSendsNothing() {
    HttpTestServer server;
    LookupHarness h;
    h.addAccount(account(QStringLiteral("shop-a"), QStringLiteral("orqex"),
                         server.url(QStringLiteral("/a"))));
    const auto outcome = h.run(QStringLiteral("cs_abc/../../admin"));
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::InvalidId);
    QVERIFY(outcome->id.isEmpty());
    QCOMPARE(server.requests.size(), 0);
    QCOMPARE(h.keys.reads, 0);
}

void TestLookup::keychainErrorIsReported() {
    HttpTestServer server;
    LookupHarness h;
    h.addAccount(account(QStringLiteral("shop-a"), QStringLiteral("orqex"),
                         server.url(QStringLiteral("/a"))));
    h.keys.fail(QStringLiteral("shop-a"), KeyErrorKind::Locked,
                QStringLiteral("The keychain is locked. Unlock it and try again."));
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::Keychain);
    QVERIFY(outcome->result.error().message.contains(QStringLiteral("locked")));
    QCOMPARE(server.requests.size(), 0);
}

void TestLookup::keyThatCouldSplitHeadersIsRefused() {
    HttpTestServer server;
    LookupHarness h;
    h.addAccount(account(QStringLiteral("shop-a"), QStringLiteral("orqex"),
                         server.url(QStringLiteral("/a"))));
    const QString key = randomKey() + QStringLiteral("\r\nX-Injected: 1");
    h.keys.set(QStringLiteral("shop-a"), key);
    const auto outcome = h.run(orqexId);
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::Keychain);
    QVERIFY(!outcome->result.error().message.contains(key.left(20)));
    QCOMPARE(server.requests.size(), 0);
}

void TestLookup::foundCheckoutKeepsItsBodyWithoutSlack_data() {
    QTest::addColumn<int>("padding");
    QTest::newRow("one read") << 0;
    QTest::newRow("many reads") << 300 * 1024; // whitespace after the document is still JSON
}

void TestLookup::foundCheckoutKeepsItsBodyWithoutSlack() {
    // A found checkout keeps its body (rawJson) for as long as the recent lookups show it, a
    // thousand of them after a bulk lookup: the room reading it made for more must not stay.
    QFETCH(int, padding);
    const QByteArray body =
        fixture(QStringLiteral("orqex/checkout_sdk_shape.json")) + QByteArray(padding, ' ');
    HttpTestServer server;
    server.setHandler([&body](const QHttpServerRequest &) { return reply(200, body); });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    const auto outcome = h.run(QStringLiteral("cs_q8Lm2"));
    QVERIFY(outcome);
    QVERIFY2(outcome->result.ok(), qPrintable(failureText(outcome->result)));
    const QByteArray &raw = outcome->result.value().rawJson;
    QCOMPARE(raw, body);
    QVERIFY2(
        raw.capacity() == raw.size(),
        qPrintable(
            QStringLiteral("%1 bytes kept for a body of %2").arg(raw.capacity()).arg(raw.size())));
}

QTEST_GUILESS_MAIN(TestLookup)
#include "tst_Lookup.moc"
