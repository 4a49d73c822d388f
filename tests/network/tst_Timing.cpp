// Cancellation and the per-host limit, measured on the server's side.

#include "LookupHarness.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Paydesk;
using namespace Paydesk::Test;

namespace {

// Holds every request `holdMs`, then answers 404; records the most held at once.
struct HoldingServer {
    explicit HoldingServer(int holdMs) {
        server.setOnRequest([this, holdMs](QTcpSocket *socket, const SeenRequest &) {
            ++inFlight;
            maxInFlight = std::max(maxInFlight, inFlight);
            QTimer::singleShot(holdMs, socket, [this, socket] {
                --inFlight;
                RawTestServer::answer(socket, 404,
                                      QByteArrayLiteral("{\"message\":\"Not Found\"}"));
            });
        });
    }
    RawTestServer server;
    int inFlight = 0;
    int maxInFlight = 0;
};

QString orqexIdNumber(int i) {
    return QStringLiteral("cs_test%1").arg(i);
}

} // namespace

class TestTiming : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cancelAbortsTheRequestAndFinishesOnce();
    void cancelWhileWaitingForTheKey();
    void cancelAfterFinishedDoesNothing();
    void atMostSixRequestsPerHost();
    void injectedLimitIsRespected();
    void queuedLookupCanBeCanceled();
    void destroyingTheServiceMidFlightIsSafe();
    void droppedConnectionsAreRetried();
};

void TestTiming::cancelAbortsTheRequestAndFinishesOnce() {
    RawTestServer server; // never answers
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    QPointer<LookupJob> job = h.service.lookup(QStringLiteral("cs_abc123"));
    int finishedCount = 0;
    std::optional<LookupOutcome> outcome;
    connect(job, &LookupJob::finished, this, [&](const LookupOutcome &o) {
        ++finishedCount;
        outcome = o;
    });
    QTRY_COMPARE(server.requests.size(), 1);
    QCOMPARE(server.openConnections, 1);
    QElapsedTimer clock;
    clock.start();
    job->cancel();
    QCOMPARE(finishedCount, 1);
    QVERIFY(outcome->canceled);
    QVERIFY(!outcome->result.ok());
    QCOMPARE(outcome->input, QStringLiteral("cs_abc123"));
    QTRY_COMPARE(server.openConnections, 0); // the connection was dropped
    QVERIFY(clock.elapsed() < 2000);
    QTRY_VERIFY(job.isNull()); // and the job deleted
    QTest::qWait(50);
    QCOMPARE(finishedCount, 1);
}

void TestTiming::cancelWhileWaitingForTheKey() {
    RawTestServer server;
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    LookupJob *job = h.service.lookup(QStringLiteral("cs_abc123"));
    int finishedCount = 0;
    connect(job, &LookupJob::finished, this, [&](const LookupOutcome &o) {
        ++finishedCount;
        QVERIFY(o.canceled);
    });
    job->cancel(); // before anything ran
    QCOMPARE(finishedCount, 1);
    QTest::qWait(100);
    QCOMPARE(finishedCount, 1);
    QCOMPARE(server.requests.size(), 0);
}

void TestTiming::cancelAfterFinishedDoesNothing() {
    HttpTestServer server;
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    QPointer<LookupJob> job = h.service.lookup(QStringLiteral("cs_abc123"));
    int finishedCount = 0;
    connect(job, &LookupJob::finished, this, [&](const LookupOutcome &o) {
        ++finishedCount;
        QVERIFY(!o.canceled);
        job->cancel(); // from inside the handler: ignored
    });
    QTRY_COMPARE(finishedCount, 1);
    QTRY_VERIFY(job.isNull());
    QCOMPARE(finishedCount, 1);
}

void TestTiming::atMostSixRequestsPerHost() {
    HoldingServer holding(300);
    LookupHarness h;
    h.addAccount(account(QStringLiteral("ci"), QStringLiteral("orqex"),
                         holding.server.url(QStringLiteral("/v1"))));
    QList<LookupJob *> jobs;
    int done = 0;
    for (int i = 0; i < 14; ++i) {
        LookupJob *job = h.service.lookup(orqexIdNumber(i));
        connect(job, &LookupJob::finished, this, [&done](const LookupOutcome &o) {
            ++done;
            QCOMPARE(o.result.error().kind, ErrorKind::NotFound);
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 14, 10000);
    QCOMPARE(holding.server.requests.size(), 14);
    qInfo("most requests held at once: %d", holding.maxInFlight);
    QCOMPARE(holding.maxInFlight, 6);
}

void TestTiming::injectedLimitIsRespected() {
    HoldingServer holding(200);
    LookupHarness h;
    h.service.setMaxRequestsPerHost(2);
    h.addAccount(account(QStringLiteral("ci"), QStringLiteral("orqex"),
                         holding.server.url(QStringLiteral("/v1"))));
    int done = 0;
    for (int i = 0; i < 6; ++i) {
        connect(h.service.lookup(orqexIdNumber(i)), &LookupJob::finished, this,
                [&done](const LookupOutcome &) { ++done; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 6, 10000);
    QCOMPARE(holding.maxInFlight, 2);
}

void TestTiming::queuedLookupCanBeCanceled() {
    HoldingServer holding(300);
    LookupHarness h;
    h.service.setMaxRequestsPerHost(1);
    h.addAccount(account(QStringLiteral("ci"), QStringLiteral("orqex"),
                         holding.server.url(QStringLiteral("/v1"))));
    int done = 0;
    connect(h.service.lookup(orqexIdNumber(1)), &LookupJob::finished, this,
            [&done](const LookupOutcome &) { ++done; });
    LookupJob *queued = h.service.lookup(orqexIdNumber(2));
    bool canceled = false;
    connect(queued, &LookupJob::finished, this,
            [&canceled](const LookupOutcome &o) { canceled = o.canceled; });
    QTRY_COMPARE(holding.server.requests.size(), 1);
    queued->cancel();
    QVERIFY(canceled);
    QTRY_COMPARE(done, 1);
    QTest::qWait(100);
    QCOMPARE(holding.server.requests.size(), 1); // the canceled one was never sent
}

void TestTiming::destroyingTheServiceMidFlightIsSafe() {
    RawTestServer server; // never answers
    auto h = std::make_unique<LookupHarness>();
    h->addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    int finished = 0;
    for (int i = 0; i < 3; ++i) {
        connect(h->service.lookup(orqexIdNumber(i)), &LookupJob::finished, this,
                [&finished](const LookupOutcome &) { ++finished; });
    }
    QTRY_COMPARE(server.requests.size(), 3);
    h.reset();
    QTRY_COMPARE(server.openConnections, 0); // every request was aborted
    QCOMPARE(finished, 0);
}

void TestTiming::droppedConnectionsAreRetried() {
    RawTestServer server;
    server.setOnRequest([](QTcpSocket *socket, const SeenRequest &) { socket->abort(); });
    LookupHarness h;
    h.addAccount(
        account(QStringLiteral("ci"), QStringLiteral("orqex"), server.url(QStringLiteral("/v1"))));
    const auto outcome = h.run(QStringLiteral("cs_abc123"));
    QVERIFY(outcome);
    QCOMPARE(outcome->result.error().kind, ErrorKind::Network);
    QCOMPARE(outcome->result.error().httpStatus, 0);
    // Three attempts in all, Qt's own resend on a connection closed before any answer among them.
    QCOMPARE(server.requests.size(), 3);
}

QTEST_GUILESS_MAIN(TestTiming)
#include "tst_Timing.moc"
