// The pure time helpers of the pane, against a fixed "now".
#include "gui/common/RelativeTime.h"

#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {
const QDateTime now = QDateTime(QDate(2026, 11, 21), QTime(18, 0), Qt::UTC);
}

class TestRelativeTime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void relative_data();
    void relative();
    void countdown_data();
    void countdown();
};

void TestRelativeTime::relative_data() {
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the same second is just now") << qint64(0) << u"just now"_s;
    QTest::newRow("59 seconds ago is just now") << qint64(-59) << u"just now"_s;
    QTest::newRow("one minute ago") << qint64(-60) << u"1 minute ago"_s;
    QTest::newRow("five and a half minutes ago") << qint64(-330) << u"5 minutes ago"_s;
    QTest::newRow("59 minutes ago") << qint64(-3599) << u"59 minutes ago"_s;
    QTest::newRow("one hour ago") << qint64(-3600) << u"1 hour ago"_s;
    QTest::newRow("23 hours ago") << qint64(-23 * 3600 - 59) << u"23 hours ago"_s;
    QTest::newRow("two days ago") << qint64(-2 * 86400 - 5) << u"2 days ago"_s;
    QTest::newRow("29 days ago") << qint64(-29 * 86400) << u"29 days ago"_s;
    QTest::newRow("a month ago") << qint64(-31 * 86400) << u"1 month ago"_s;
    QTest::newRow("364 days ago, in months") << qint64(-364 * 86400) << u"12 months ago"_s;
    QTest::newRow("two years ago") << qint64(-730 * 86400) << u"2 years ago"_s;
    QTest::newRow("in 30 minutes") << qint64(1800) << u"in 30 minutes"_s;
    QTest::newRow("in 3 hours") << qint64(3 * 3600 + 10) << u"in 3 hours"_s;
}

void TestRelativeTime::relative() {
    QFETCH(qint64, offset);
    QFETCH(QString, expected);
    QCOMPARE(relativeTimeText(now.addSecs(offset), now), expected);
    // The same instant in another zone reads the same.
    QCOMPARE(relativeTimeText(now.addSecs(offset).toOffsetFromUtc(3600), now), expected);
}

void TestRelativeTime::countdown_data() {
    QTest::addColumn<qint64>("left");
    QTest::addColumn<QString>("expected");
    QTest::newRow("thirty minutes") << qint64(1800) << u"30:00"_s;
    QTest::newRow("one minute five") << qint64(65) << u"1:05"_s;
    QTest::newRow("last second") << qint64(1) << u"0:01"_s;
    QTest::newRow("over an hour") << qint64(3723) << u"1:02:03"_s;
    QTest::newRow("at the deadline") << qint64(0) << QString();
    QTest::newRow("past the deadline") << qint64(-5) << QString();
}

void TestRelativeTime::countdown() {
    QFETCH(qint64, left);
    QFETCH(QString, expected);
    QCOMPARE(countdownText(now.addSecs(left), now), expected);
}

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "tst_RelativeTime.moc"
