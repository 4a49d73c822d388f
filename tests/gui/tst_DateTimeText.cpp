// The one way the dashboard writes a moment: full year, month by name, the locale's order,
// local time; and the exact ISO instant with its offset for tooltips.
#include "gui/common/DateTimeText.h"

#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {
// 15:42 UTC is 16:42 in Algiers (UTC+1 all year).
const QDateTime instant(QDate(2026, 12, 2), QTime(15, 42, 5), Qt::UTC);
} // namespace

class TestDateTimeText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("TZ", "Africa/Algiers");
        QCOMPARE(instant.toLocalTime().time(), QTime(16, 42, 5));
    }

    void perLocale_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US") << u"en_US"_s << u"Dec 2, 2026, 4:42\u202FPM"_s;
        QTest::newRow("en_GB") << u"en_GB"_s << u"2 Dec 2026, 16:42"_s;
        QTest::newRow("fr_FR") << u"fr_FR"_s << u"2 déc. 2026, 16:42"_s;
        QTest::newRow("ar_DZ") << u"ar_DZ"_s << u"2 ديسمبر 2026, 4:42 م"_s;
        QTest::newRow("de_DE") << u"de_DE"_s << u"2. Dez. 2026, 16:42"_s;
    }

    void perLocale() {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QString text = dateTimeText(instant, QLocale(locale));
        // CLDR versions differ on the space before AM/PM; either reads the same.
        text.replace(u' ', QChar(0x202F));
        expected.replace(u' ', QChar(0x202F));
        QCOMPARE(text, expected);
    }

    // Neither day and month nor a two-digit year can be misread.
    void unambiguous() {
        const QDateTime fourth(QDate(2026, 3, 4), QTime(9, 5), Qt::UTC);
        for (const QString &name : {u"en_US"_s, u"fr_FR"_s, u"ar_DZ"_s, u"en_GB"_s}) {
            const QLocale locale(name);
            const QString text = dateTimeText(fourth, locale);
            QVERIFY2(text.contains(u"2026"_s), qPrintable(name + u": "_s + text));
            QVERIFY2(text.contains(locale.monthName(3, QLocale::ShortFormat)),
                     qPrintable(name + u": "_s + text));
            QVERIFY2(!text.contains(u"/"_s), qPrintable(name + u": "_s + text));
        }
    }

    // The timeline's form: to the second, with the zone's name, in the locale's order.
    void exactToTheSecond_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("start");
        QTest::newRow("en_US") << u"en_US"_s << u"Dec 2, 2026, 4:42:05"_s;
        QTest::newRow("fr_FR") << u"fr_FR"_s << u"2 déc. 2026, 16:42:05"_s;
        QTest::newRow("en_GB") << u"en_GB"_s << u"2 Dec 2026, 16:42:05"_s;
    }

    void exactToTheSecond() {
        QFETCH(QString, locale);
        QFETCH(QString, start);
        const QString text = exactDateTimeText(instant, QLocale(locale));
        QVERIFY2(text.startsWith(start), qPrintable(text));
        QVERIFY2(text.contains(u"CET"_s), qPrintable(text));
        QVERIFY(exactDateTimeText(QDateTime()).isEmpty());
    }

    void dateAlone() {
        QCOMPARE(dateText(QDate(2026, 12, 2), QLocale(u"fr_FR"_s)), u"2 déc. 2026"_s);
        QCOMPARE(dateText(QDate(2026, 12, 2), QLocale(u"en_US"_s)), u"Dec 2, 2026"_s);
    }

    void exactTimeHasTheOffset() {
        QCOMPARE(exactTimeText(instant), u"2026-12-02T16:42:05+01:00"_s);
        QCOMPARE(exactTimeText(instant.toOffsetFromUtc(-5 * 3600)), u"2026-12-02T16:42:05+01:00"_s);
    }

    void invalidIsEmpty() {
        QVERIFY(dateTimeText({}, QLocale(u"en_US"_s)).isEmpty());
        QVERIFY(exactTimeText({}).isEmpty());
        QVERIFY(dateText({}, QLocale(u"en_US"_s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDateTimeText)
#include "tst_DateTimeText.moc"
