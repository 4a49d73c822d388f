// The live refresh schedule with time injected: no test here waits for a timer.
#include "gui/live/RefreshScheduler.h"

#include "ManualRefreshClock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Paydesk;

class TestRefreshScheduler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_clock = std::make_unique<ManualRefreshClock>();
        m_scheduler = std::make_unique<RefreshScheduler>(m_clock.get());
        m_dueAt.clear();
        connect(m_scheduler.get(), &RefreshScheduler::refreshDue, this, [this](quint64 key) {
            m_dueAt.append({key, m_clock->nowMs()});
        });
    }

    void backsOffFromFiveSecondsToAMinute() {
        const qint64 start = m_clock->nowMs();
        m_scheduler->watch(7);
        m_clock->advanceMs(6 * 60'000);
        QList<qint64> gaps;
        qint64 last = start;
        for (const auto &[key, at] : std::as_const(m_dueAt)) {
            QCOMPARE(key, quint64(7));
            gaps.append((at - last) / 1000);
            last = at;
        }
        QCOMPARE(gaps.mid(0, 8), (QList<qint64>{5, 10, 20, 40, 60, 60, 60, 60}));
    }

    void nothingBeforeTheFirstInterval() {
        m_scheduler->watch(1);
        m_clock->advanceMs(4'999);
        QVERIFY(m_dueAt.isEmpty());
        m_clock->advanceMs(1);
        QCOMPARE(m_dueAt.size(), 1);
    }

    void stopsWhenUnwatchedAtAFinalStatus() {
        m_scheduler->watch(3);
        m_clock->advanceMs(15'000); // refreshed at 5 s and 15 s
        QCOMPARE(m_dueAt.size(), 2);
        // The answer at 15 s was final: the caller stops it.
        m_scheduler->unwatch(3);
        QVERIFY(!m_scheduler->isWatching(3));
        QVERIFY(!m_clock->wakeAtMs());
        m_clock->advanceMs(3'600'000);
        QCOMPARE(m_dueAt.size(), 2);
    }

    void stopsWhenTheRowIsRemovedWhileOthersGoOn() {
        m_scheduler->watch(1);
        m_scheduler->watch(2);
        m_clock->advanceMs(5'000);
        QCOMPARE(m_dueAt.size(), 2);
        m_scheduler->unwatch(1); // the row of key 1 removed
        m_clock->advanceMs(10'000);
        QCOMPARE(m_dueAt.size(), 3);
        QCOMPARE(m_dueAt.last().first, quint64(2));
    }

    void aRemovalDuringTheAnnouncementsIsHonoured() {
        m_scheduler->watch(1);
        m_scheduler->watch(2);
        // Refreshing 1 removes the row of 2 (e.g. the operator cleared it meanwhile).
        connect(m_scheduler.get(), &RefreshScheduler::refreshDue, this, [this](quint64 key) {
            if (key == 1)
                m_scheduler->unwatch(2);
        });
        m_clock->advanceMs(5'000);
        QCOMPARE(m_dueAt.size(), 1);
        QCOMPARE(m_dueAt.first().first, quint64(1));
    }

    void givesUpAfterTheBound() {
        QSignalSpy gaveUp(m_scheduler.get(), &RefreshScheduler::gaveUp);
        const qint64 start = m_clock->nowMs();
        m_scheduler->watch(9);
        m_clock->advanceMs(2 * 3600'000);
        QCOMPARE(gaveUp.size(), 1);
        QCOMPARE(gaveUp.first().first().toULongLong(), quint64(9));
        QVERIFY(!m_scheduler->isWatching(9));
        QVERIFY(!m_clock->wakeAtMs());
        // Every refresh fell within the 30 minutes, the last less than a minute before.
        const qint64 lastAt = m_dueAt.last().second - start;
        QVERIFY(lastAt <= RefreshScheduler::defaultBoundMs);
        QVERIFY(lastAt > RefreshScheduler::defaultBoundMs - 60'000);
        // 5 + 10 + 20 + 40 = 75 s, then one a minute: 4 + 28 refreshes in 30 minutes.
        QCOMPARE(m_dueAt.size(), 4 + 28);
    }

    void aShorterBound() {
        m_scheduler->setBoundMs(60'000);
        m_scheduler->watch(4);
        m_clock->advanceMs(10 * 60'000);
        // 5, 15, 35 s; 75 s is past the minute.
        QCOMPARE(m_dueAt.size(), 3);
    }

    void watchingAgainStartsFromFiveSeconds() {
        m_scheduler->watch(5);
        m_clock->advanceMs(75'000); // 5, 15, 35, 75
        QCOMPARE(m_dueAt.size(), 4);
        m_scheduler->watch(5); // the operator looked it up again
        m_clock->advanceMs(5'000);
        QCOMPARE(m_dueAt.size(), 5);
    }

    void offStopsEverythingAndIgnoresWatch() {
        m_scheduler->watch(1);
        m_scheduler->setEnabled(false);
        QVERIFY(!m_scheduler->isWatching(1));
        m_scheduler->watch(2);
        QVERIFY(!m_scheduler->isWatching(2));
        m_clock->advanceMs(3'600'000);
        QVERIFY(m_dueAt.isEmpty());
        m_scheduler->setEnabled(true);
        m_scheduler->watch(2);
        m_clock->advanceMs(5'000);
        QCOMPARE(m_dueAt.size(), 1);
    }

private:
    std::unique_ptr<ManualRefreshClock> m_clock;
    std::unique_ptr<RefreshScheduler> m_scheduler;
    QList<std::pair<quint64, qint64>> m_dueAt;
};

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_RefreshScheduler.moc"
