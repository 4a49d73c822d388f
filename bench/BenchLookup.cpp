// End-to-end lookups against the built-in demo server on loopback: one checkout at a time
// (latency through LookupService, the parsers and, for Chargily, the customer and items
// requests) and a burst of every demo id at once (the per-host limit at work).
#include "demo/DemoEnvironment.h"
#include "network/LookupService.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <sys/resource.h>

using namespace Paydesk;

namespace {

long peakResidentKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class BenchLookup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_demo.start());
        m_lookups = std::make_unique<LookupService>(&m_nam, m_demo.keys());
        m_lookups->setAccounts(m_demo.accounts());
    }

    void cleanupTestCase() { qInfo("peak resident memory: %ld KiB", peakResidentKiB()); }

    void oneLookup_data() {
        QTest::addColumn<QString>("id");
        const QStringList ids = m_demo.checkoutIds();
        QVERIFY(!ids.isEmpty());
        for (const QString &id :
             {m_demo.server()->checkoutIds(QStringLiteral("orqex")).value(0),
              m_demo.server()->checkoutIds(QStringLiteral("chargily")).value(0)})
            QTest::newRow(qUtf8Printable(id)) << id;
    }

    void oneLookup() {
        QFETCH(QString, id);
        QBENCHMARK {
            QVERIFY(lookUp({id}));
        }
    }

    void everyDemoIdAtOnce() {
        const QStringList ids = m_demo.checkoutIds();
        QBENCHMARK {
            QVERIFY(lookUp(ids));
        }
    }

private:
    // Looks all ids up concurrently; true when every one was found.
    bool lookUp(const QStringList &ids) {
        int pending = int(ids.size());
        bool allFound = true;
        for (const QString &id : ids) {
            LookupJob *job = m_lookups->lookup(id);
            connect(job, &LookupJob::finished, this, [&](const LookupOutcome &outcome) {
                allFound = allFound && outcome.result.ok();
                --pending;
            });
        }
        QElapsedTimer clock;
        clock.start();
        while (pending > 0 && clock.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return pending == 0 && allFound;
    }

    DemoEnvironment m_demo;
    QNetworkAccessManager m_nam;
    std::unique_ptr<LookupService> m_lookups;
};

QTEST_GUILESS_MAIN(BenchLookup)
#include "BenchLookup.moc"
