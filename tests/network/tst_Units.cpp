// The network layer's pure parts: request building, origins, endpoints, error mapping, retry
// timing, the per-host limiter and the Job contract, without a network.

#include "domain/Account.h"
#include "domain/ErrorResponse.h"
#include "network/HostLimiter.h"
#include "network/Job.h"
#include "network/NetworkErrors.h"
#include "network/RequestFactory.h"
#include "network/RetryPolicy.h"
#include "providers/Endpoint.h"
#include "providers/ProviderRegistry.h"

#include <QTest>

using namespace Paydesk;
using namespace std::chrono;

namespace {

// The smallest job: counts its stops and announcements.
class CountingJob : public Job {
    Q_OBJECT

public:
    using Job::Job;
    ~CountingJob() override { settle(); }
    void finish(int result) {
        if (settle())
            Q_EMIT finished(result);
    }
    using Job::dismiss;
    int stops = 0;

Q_SIGNALS:
    void finished(int result);

private:
    void stopWork() override { ++stops; }
};

} // namespace

class TestUnits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aJobFinishesOnceAndStopsOnce();
    void aCanceledJobNeverFinishes();
    void aJobMayBeDismissedFromItsOwnSignal();
    void requestCarriesKeyHeadersAndNoCache();
    void urlProblems_data();
    void urlProblems();
    void origins_data();
    void origins();
    void endpoints();
    void errorMapping_data();
    void errorMapping();
    void tlsMessageQuotesTheCertificate();
    void backoffGrowsAndIsCapped();
    void retryAfterParsing_data();
    void retryAfterParsing();
    void limiterQueuesBeyondTheLimit();
    void aHeldLimiterStartsNoOneUntilResumed();
};

void TestUnits::aJobFinishesOnceAndStopsOnce() {
    CountingJob job(nullptr);
    QList<int> results;
    connect(&job, &CountingJob::finished, this, [&](int result) {
        results << result;
        job.cancel(); // from its own signal: nothing more happens
        job.finish(2);
    });
    job.finish(1);
    job.finish(3);
    job.cancel();
    QCOMPARE(results, QList<int>{1});
    QCOMPARE(job.stops, 1);
    QVERIFY(job.isSettled());
}

void TestUnits::aCanceledJobNeverFinishes() {
    CountingJob job(nullptr);
    int finished = 0;
    connect(&job, &CountingJob::finished, this, [&] { ++finished; });
    job.cancel();
    job.cancel();
    job.finish(1);
    QCOMPARE(finished, 0);
    QCOMPARE(job.stops, 1);
}

void TestUnits::aJobMayBeDismissedFromItsOwnSignal() {
    QPointer<CountingJob> job = new CountingJob(nullptr);
    connect(job, &CountingJob::finished, this, [&] { CountingJob::dismiss(job); });
    job->finish(1);
    QVERIFY(job); // still there while its signal returns
    QTRY_VERIFY(!job);
}

void TestUnits::requestCarriesKeyHeadersAndNoCache() {
    const QString key =
        QStringLiteral("sk_test_") + QString::number(QDateTime::currentMSecsSinceEpoch(), 16);
    const QNetworkRequest request = makeApiRequest(
        QUrl(QStringLiteral("https://api.example.com/v1/x")), key, milliseconds(1234));
    QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer " + key.toLatin1()));
    QCOMPARE(request.rawHeader("Accept"), QByteArray("application/json"));
    QCOMPARE(request.header(QNetworkRequest::UserAgentHeader).toByteArray(),
             QByteArray("Paydesk/" PAYDESK_VERSION));
    QCOMPARE(request.attribute(QNetworkRequest::CacheLoadControlAttribute).toInt(),
             int(QNetworkRequest::AlwaysNetwork));
    QCOMPARE(request.attribute(QNetworkRequest::CacheSaveControlAttribute).toBool(), false);
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::SameOriginRedirectPolicy));
    QCOMPARE(request.maximumRedirectsAllowed(), 3);
    QCOMPARE(request.transferTimeout(), 1234);
}

void TestUnits::urlProblems_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https to a provider") << QStringLiteral("https://api.orqex.com/v1") << true;
    QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/v1") << true;
    QTest::newRow("http to 127.1.2.3") << QStringLiteral("http://127.1.2.3/v1") << true;
    QTest::newRow("http to localhost") << QStringLiteral("http://localhost:1/v1") << true;
    QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:1/v1") << true;
    QTest::newRow("http to a remote host") << QStringLiteral("http://api.orqex.com/v1") << false;
    QTest::newRow("http to a localhost look-alike")
        << QStringLiteral("http://localhost.evil.example/v1") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/v1") << false;
    QTest::newRow("user info") << QStringLiteral("https://me:pw@api.orqex.com/v1") << false;
    QTest::newRow("no host") << QStringLiteral("https:///v1") << false;
}

void TestUnits::urlProblems() {
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QCOMPARE(!requestUrlProblem(QUrl(url)).has_value(), accepted);
}

void TestUnits::origins_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("other path, same origin")
        << QStringLiteral("https://x.com/v1/a") << QStringLiteral("https://x.com:443/b") << true;
    QTest::newRow("host case does not matter")
        << QStringLiteral("https://X.com/a") << QStringLiteral("https://x.com/b") << true;
    QTest::newRow("other port") << QStringLiteral("http://127.0.0.1:1/a")
                                << QStringLiteral("http://127.0.0.1:2/a") << false;
    QTest::newRow("127.0.0.1 is not localhost") << QStringLiteral("http://127.0.0.1:1/a")
                                                << QStringLiteral("http://localhost:1/a") << false;
    QTest::newRow("https downgraded to http")
        << QStringLiteral("https://x.com/a") << QStringLiteral("http://x.com:443/a") << false;
    QTest::newRow("other host") << QStringLiteral("https://x.com/a")
                                << QStringLiteral("https://x.com.evil.example/a") << false;
}

void TestUnits::origins() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(isSameOrigin(QUrl(a), QUrl(b)), same);
}

namespace {
QUrl checkoutEndpoint(const Account &account, const QString &id) {
    return endpointUrl(account.baseUrl, ProviderRegistry::find(account.provider)->checkoutPath(id));
}
} // namespace

void TestUnits::endpoints() {
    Account orqex;
    orqex.provider = QStringLiteral("orqex");
    orqex.baseUrl = QUrl(QStringLiteral("https://api.orqex.com/v1"));
    QCOMPARE(checkoutEndpoint(orqex, QStringLiteral("cs_abc")).toString(),
             QStringLiteral("https://api.orqex.com/v1/payment/checkouts/cs_abc"));
    QVERIFY(ProviderRegistry::find(orqex.provider)->followUps(Checkout{}).isEmpty());

    Account chargily;
    chargily.provider = QStringLiteral("chargily");
    chargily.baseUrl = QUrl(QStringLiteral("https://pay.chargily.net/test/api/v2/"));
    const QString id = QStringLiteral("01hj5n7cqpaf0mt2d0xx85tgz8");
    QCOMPARE(checkoutEndpoint(chargily, id).toString(),
             QStringLiteral("https://pay.chargily.net/test/api/v2/checkouts/") + id);

    // Chargily's follow-ups: the customer, then the items page by page.
    Checkout checkout;
    checkout.id = id;
    checkout.customer = Customer{QStringLiteral("c1"), {}, {}, {}, {}};
    const QList<FollowUp> followUps =
        ProviderRegistry::find(chargily.provider)->followUps(checkout);
    QCOMPARE(followUps.size(), 2);
    QCOMPARE(endpointUrl(chargily.baseUrl, followUps.at(0).path).toString(),
             QStringLiteral("https://pay.chargily.net/test/api/v2/customers/c1"));
    const FollowUp &items = followUps.at(1);
    QCOMPARE(endpointUrl(chargily.baseUrl, items.path, items.query).toString(),
             QStringLiteral("https://pay.chargily.net/test/api/v2/checkouts/") + id
                 + QStringLiteral("/items"));
    QString problem;
    const std::optional<FollowUp> next = items.merge(
        QByteArrayLiteral(R"({"data":[],"current_page":1,"last_page":3})"), checkout, &problem);
    QVERIFY(next);
    QVERIFY(problem.isEmpty());
    QCOMPARE(endpointUrl(chargily.baseUrl, next->path, next->query).query(),
             QStringLiteral("page=2"));
    // Path characters in an id stay inside its segment.
    QCOMPARE(checkoutEndpoint(orqex, QStringLiteral("../x")).path(QUrl::FullyEncoded),
             QStringLiteral("/v1/payment/checkouts/..%2Fx"));
}

void TestUnits::errorMapping_data() {
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("refused connection")
        << int(QNetworkReply::ConnectionRefusedError) << 0 << int(ErrorKind::Network);
    QTest::newRow("unknown host") << int(QNetworkReply::HostNotFoundError) << 0
                                  << int(ErrorKind::Network);
    QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << 0 << int(ErrorKind::Timeout);
    QTest::newRow("transfer timeout abort")
        << int(QNetworkReply::OperationCanceledError) << 0 << int(ErrorKind::Timeout);
    QTest::newRow("handshake failure")
        << int(QNetworkReply::SslHandshakeFailedError) << 0 << int(ErrorKind::Tls);
    QTest::newRow("401") << int(QNetworkReply::AuthenticationRequiredError) << 401
                         << int(ErrorKind::Unauthorized);
    QTest::newRow("403") << int(QNetworkReply::ContentAccessDenied) << 403
                         << int(ErrorKind::Forbidden);
    QTest::newRow("404") << int(QNetworkReply::ContentNotFoundError) << 404
                         << int(ErrorKind::NotFound);
    QTest::newRow("429") << int(QNetworkReply::UnknownContentError) << 429
                         << int(ErrorKind::RateLimited);
    QTest::newRow("503") << int(QNetworkReply::ServiceUnavailableError) << 503
                         << int(ErrorKind::ServerError);
    QTest::newRow("422") << int(QNetworkReply::UnknownContentError) << 422
                         << int(ErrorKind::BadResponse);
}

void TestUnits::errorMapping() {
    QFETCH(int, error);
    QFETCH(int, status);
    QFETCH(int, kind);
    const LookupError mapped =
        networkFailure(QNetworkReply::NetworkError(error), status, QStringLiteral("api.example"));
    QCOMPARE(int(mapped.kind), kind);
    QCOMPARE(mapped.httpStatus, status);
    QVERIFY(mapped.message.contains(QStringLiteral("api.example"))
            || mapped.kind == ErrorKind::Network);
    QVERIFY(!mapped.message.isEmpty());
}

void TestUnits::tlsMessageQuotesTheCertificate() {
    const LookupError error =
        networkFailure(QNetworkReply::SslHandshakeFailedError, 0, QStringLiteral("api.example"),
                       {QStringLiteral("The certificate has expired")});
    QCOMPARE(error.kind, ErrorKind::Tls);
    QVERIFY(error.message.contains(QStringLiteral("The certificate has expired")));
}

void TestUnits::backoffGrowsAndIsCapped() {
    RetryPolicy policy;
    policy.baseDelay = milliseconds(100);
    policy.maxDelay = milliseconds(300);
    policy.jitter = 0.0;
    QCOMPARE(policy.delayBefore(2, -1), milliseconds(100));
    QCOMPARE(policy.delayBefore(3, -1), milliseconds(200));
    QCOMPARE(policy.delayBefore(4, -1), milliseconds(300));
    QCOMPARE(policy.delayBefore(2, 2), milliseconds(2000)); // Retry-After is honoured as is
    policy.jitter = 0.5;
    for (int i = 0; i < 50; ++i) {
        const milliseconds delay = policy.delayBefore(2, -1);
        QVERIFY(delay >= milliseconds(50) && delay <= milliseconds(150));
    }
}

void TestUnits::retryAfterParsing_data() {
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << QByteArray("7") << 7;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("40 digits") << QByteArray(40, '9') << 2147483647;
    QTest::newRow("an HTTP date 90 s ahead") << QByteArray("Sat, 21 Nov 2026 12:01:30 GMT") << 90;
    QTest::newRow("an HTTP date in the past") << QByteArray("Sat, 21 Nov 2026 11:00:00 GMT") << 0;
}

void TestUnits::retryAfterParsing() {
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
    QCOMPARE(retryAfterSeconds(value, now), seconds);
}

void TestUnits::limiterQueuesBeyondTheLimit() {
    HostLimiter limiter(2);
    QObject context;
    QList<int> started;
    for (int i = 0; i < 4; ++i)
        limiter.acquire(QStringLiteral("o"), &context, [&started, i] { started << i; });
    QCOMPARE(started, (QList<int>{0, 1}));
    QCOMPARE(limiter.inFlight(QStringLiteral("o")), 2);
    limiter.acquire(QStringLiteral("other"), &context, [&started] { started << 99; });
    QCOMPARE(started.last(), 99); // another origin has its own slots
    limiter.release(QStringLiteral("o"));
    QCOMPARE(started, (QList<int>{0, 1, 99, 2}));
    {
        QObject gone;
        limiter.acquire(QStringLiteral("o"), &gone, [&started] { started << -1; });
    }
    limiter.release(QStringLiteral("o"));
    limiter.release(QStringLiteral("o"));
    QCOMPARE(started, (QList<int>{0, 1, 99, 2, 3}));
    QCOMPARE(limiter.inFlight(QStringLiteral("o")), 1);
}

void TestUnits::aHeldLimiterStartsNoOneUntilResumed() {
    HostLimiter limiter(1);
    QObject first;
    QObject second;
    QObject third;
    QList<int> started;
    limiter.acquire(QStringLiteral("o"), &first, [&started] { started << 1; });
    limiter.acquire(QStringLiteral("o"), &second, [&started] { started << 2; });
    limiter.acquire(QStringLiteral("o"), &third, [&started] { started << 3; });
    QCOMPARE(started, QList<int>{1});

    // Canceling all three one by one: the freed slot must not start the second on its way out.
    limiter.hold();
    limiter.hold();
    limiter.release(QStringLiteral("o"));
    limiter.cancel(&first);
    QCOMPARE(started, QList<int>{1});
    limiter.cancel(&second);
    limiter.resume();
    QCOMPARE(started, QList<int>{1}); // still held once
    limiter.resume();
    QCOMPARE(started, (QList<int>{1, 3})); // the one not canceled gets the slot
    limiter.resume();                      // more resumes than holds do nothing
    QCOMPARE(limiter.inFlight(QStringLiteral("o")), 1);
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_Units.moc"
