#include "domain/JsonRead.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

// What isoTime answers for any text, by QDateTime::fromString alone: the reference that the
// direct reading of the common form must match.
QDateTime referenceIsoTime(const QString &raw) {
    const QString text = raw.trimmed();
    if (text.size() < 10 || text.size() > 40)
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return time.toUTC();
}

QString described(const QDateTime &time) {
    return time.isValid() ? time.toString(Qt::ISODateWithMs) + u" spec "_s
                                + QString::number(int(time.timeSpec()))
                          : u"invalid"_s;
}

} // namespace

class TestJsonRead : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void isoTimeReadsWhatQtReads_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *text, const char *expected) {
            QTest::newRow(text) << QString::fromLatin1(text) << QString::fromLatin1(expected);
        };
        row("2026-11-21T17:30:00+00:00", "2026-11-21T17:30:00.000Z");
        row("2026-11-21T17:30:00Z", "2026-11-21T17:30:00.000Z");
        row("2026-11-21T17:30:00", "2026-11-21T17:30:00.000Z");
        row("2026-11-21T17:30:00.123Z", "2026-11-21T17:30:00.123Z");
        row("2026-11-21T17:30:00.123+01:00", "2026-11-21T16:30:00.123Z");
        row("2026-11-21T01:30:00-05:30", "2026-11-21T07:00:00.000Z");
        row("2026-12-31T23:59:59-14:00", "2027-01-01T13:59:59.000Z");
        row("  2026-11-21T17:30:00Z  ", "2026-11-21T17:30:00.000Z");
        row("2024-02-29T00:00:00Z", "2024-02-29T00:00:00.000Z");
        // Left to QDateTime::fromString, which must give the same answer as before.
        row("2026-11-21T17:30:00.5Z", "2026-11-21T17:30:00.500Z");
        row("2026-11-21T17:30:00.123456Z", "2026-11-21T17:30:00.123Z");
        row("2026-11-21T17:30:00+0100", "2026-11-21T16:30:00.000Z");
        row("2026-11-21T24:00:00Z", "2026-11-22T00:00:00.000Z");
        row("2026-11-21T17:30Z", "2026-11-21T17:30:00.000Z");
        row("2026-11-21T17:30:00+1", "2026-11-21T16:30:00.000Z");
        // Not times.
        row("2026-02-30T00:00:00Z", "");
        row("2026-13-01T00:00:00Z", "");
        row("2026-11-21T17:60:00Z", "");
        row("2026-11-21T17:30:00ZZ", "");
        row("2026-11-21X17:30:00Z", "");
        row("２０２６-11-21T17:30:00Z", "");
        row("yesterday", "");
        row("", "");
    }

    void isoTimeReadsWhatQtReads() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QDateTime read = JsonRead::isoTime(QJsonValue(text));
        QCOMPARE(described(read), described(referenceIsoTime(text)));
        if (expected.isEmpty()) {
            QVERIFY(!read.isValid());
        } else {
            QCOMPARE(read.toString(Qt::ISODateWithMs), expected);
            QCOMPARE(read.timeSpec(), Qt::UTC);
        }
    }

    // Texts near the common form, each character of it changed at random: whatever the direct
    // reading accepts or refuses, QDateTime::fromString says the same.
    void isoTimeAgreesWithQtOnTextsNearTheCommonForm() {
        const QStringList templates = {u"2026-11-21T17:30:00+00:00"_s, u"2026-11-21T17:30:00Z"_s,
                                       u"2026-11-21T17:30:00.123-05:30"_s,
                                       u"2026-11-21T17:30:00"_s};
        const QString alphabet = u"0123456789-+:.TZ 5912"_s;
        QRandomGenerator random(20261203);
        int validSeen = 0;
        for (int i = 0; i < 40000; ++i) {
            QString text = templates.at(random.bounded(int(templates.size())));
            const int changes = 1 + random.bounded(2);
            for (int c = 0; c < changes; ++c) {
                const int at = random.bounded(int(text.size()));
                switch (random.bounded(4)) {
                case 0:
                    text.remove(at, 1);
                    break;
                case 1:
                    text.insert(at, alphabet.at(random.bounded(int(alphabet.size()))));
                    break;
                default:
                    text[at] = alphabet.at(random.bounded(int(alphabet.size())));
                }
            }
            const QDateTime read = JsonRead::isoTime(QJsonValue(text));
            QVERIFY2(described(read) == described(referenceIsoTime(text)), qPrintable(text));
            validSeen += read.isValid() ? 1 : 0;
        }
        // Both kinds were met: the comparison covered accepted and refused texts.
        QVERIFY(validSeen > 1000);
        QVERIFY(validSeen < 39000);
    }

    void isoTimeRefusesWhatIsNotAString() {
        QVERIFY(!JsonRead::isoTime(QJsonValue(1732210200)).isValid());
        QVERIFY(!JsonRead::isoTime(QJsonValue()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestJsonRead)
#include "tst_JsonRead.moc"
