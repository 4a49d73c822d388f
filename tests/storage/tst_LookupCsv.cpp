// Lookups as CSV and tab-separated text: read back with an RFC 4180 reader written here, every
// cell equal to what was written; a cell a spreadsheet would run as a formula is neutralised.
#include "HistoryTestData.h"

#include "domain/Csv.h"
#include "storage/LookupCsv.h"

#include <QTest>

#include <optional>

using namespace Paydesk;

namespace {

using Records = QList<QStringList>;

// RFC 4180, strictly: records end in CRLF (the last one too), a field is either bare (no comma,
// quote, CR or LF) or quoted with inner quotes doubled. nullopt on anything else.
std::optional<Records> readCsv(const QByteArray &bytes) {
    const QString text = QString::fromUtf8(bytes);
    Records records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        field.clear();
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r') {
                if (text.at(i) == u'"' || text.at(i) == u'\n')
                    return std::nullopt; // a quote or bare LF in an unquoted field
                field += text.at(i++);
            }
        }
        record << field;
        if (i < n && text.at(i) == u',') {
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i) == u'\r' && text.at(i + 1) == u'\n') {
            i += 2;
            records << record;
            record.clear();
            continue;
        }
        return std::nullopt; // something after a closing quote, or no CRLF at the end
    }
    if (!record.isEmpty())
        return std::nullopt;
    return records;
}

QString cell(const Records &records, int row, const QString &column) {
    const qsizetype at = records.first().indexOf(column);
    return at < 0 ? QStringLiteral("<no column %1>").arg(column) : records.at(row).at(at);
}

QDateTime utc(int year, int month, int day, int hour, int minute) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

HistoryEntry failed(const QString &input, ErrorKind kind) {
    HistoryEntry entry;
    entry.input = input;
    entry.lookedUpAt = utc(2026, 12, 1, 9, 30);
    LookupError error;
    error.kind = kind;
    error.message = QStringLiteral("No checkout with this id, in \"shop\", or elsewhere.\nAsk.");
    error.httpStatus = 404;
    error.requestId = QStringLiteral("req_42");
    entry.error = error;
    return entry;
}

} // namespace

class TestLookupCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theReaderRefusesWhatIsNotCsv() {
        // The reader must be able to fail for the round trips below to mean anything.
        QVERIFY(!readCsv("a,b\r\nc"));
        QVERIFY(!readCsv("a,\"b\r\n"));
        QVERIFY(!readCsv("a,b\"c\r\n"));
        QVERIFY(!readCsv("a,\"b\"c\r\n"));
        QVERIFY(!readCsv("a\nb\r\n"));
        QCOMPARE(*readCsv("a,\"b,\"\"c\"\"\r\nd\"\r\n"),
                 (Records{{QStringLiteral("a"), QStringLiteral("b,\"c\"\r\nd")}}));
    }

    void foundAndFailedLookupsReadBackEqual() {
        Checkout chargily = HistoryTestData::enrichedChargily();
        // Text a provider controls, with everything CSV must quote, in Arabic and beyond.
        chargily.customer->name = QStringLiteral("ياسين, \"بن علي\"\r\nالجزائر 🇩🇿");
        chargily.description = QStringLiteral("Order 12, \"express\"\nsecond line");
        const HistoryEntry found = HistoryTestData::found(chargily, utc(2026, 12, 2, 8, 15));
        const HistoryEntry orqex =
            HistoryTestData::found(HistoryTestData::orqex(), utc(2026, 12, 2, 8, 16));
        const HistoryEntry missing = failed(QStringLiteral("cs_missing1"), ErrorKind::NotFound);
        const QList<HistoryEntry> entries{found, orqex, missing};

        const QByteArray csv = lookupsCsv(entries);
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        const std::optional<Records> records = readCsv(csv);
        QVERIFY2(records, csv.constData());
        QCOMPARE(records->size(), 4);
        QCOMPARE(records->first(), lookupCsvHeader());
        for (int row = 0; row < entries.size(); ++row) {
            QStringList expected;
            for (const QString &value : lookupCsvCells(entries.at(row)))
                expected << spreadsheetSafeCell(value);
            QCOMPARE(records->at(row + 1), expected);
            QCOMPARE(records->at(row + 1).size(), lookupCsvHeader().size());
        }

        // Raw values, not a locale's: a decimal amount, its currency apart, UTC ISO 8601.
        QCOMPARE(cell(*records, 1, QStringLiteral("id")), chargily.id);
        QCOMPARE(cell(*records, 1, QStringLiteral("provider")), QStringLiteral("chargily"));
        QCOMPARE(cell(*records, 1, QStringLiteral("account")), QStringLiteral("dz-live"));
        QCOMPARE(cell(*records, 1, QStringLiteral("status")), QStringLiteral("paid"));
        QCOMPARE(cell(*records, 1, QStringLiteral("amount")), QStringLiteral("12000.00"));
        QCOMPARE(cell(*records, 1, QStringLiteral("currency")), QStringLiteral("DZD"));
        QCOMPARE(cell(*records, 1, QStringLiteral("fees")), QStringLiteral("300.00"));
        QCOMPARE(cell(*records, 1, QStringLiteral("customer_name")), chargily.customer->name);
        QCOMPARE(cell(*records, 1, QStringLiteral("description")), chargily.description);
        QCOMPARE(cell(*records, 1, QStringLiteral("created_at")),
                 chargily.createdAt.toUTC().toString(Qt::ISODate));
        QVERIFY(cell(*records, 1, QStringLiteral("created_at")).endsWith(u'Z'));
        QCOMPARE(cell(*records, 1, QStringLiteral("looked_up_at")),
                 QStringLiteral("2026-12-02T08:15:00Z"));
        QCOMPARE(cell(*records, 1, QStringLiteral("error_kind")), QString());

        QCOMPARE(cell(*records, 2, QStringLiteral("currency")), QStringLiteral("XOF"));
        QCOMPARE(cell(*records, 2, QStringLiteral("amount")),
                 HistoryTestData::orqex().amount->toDecimalString());

        QCOMPARE(cell(*records, 3, QStringLiteral("id")), QStringLiteral("cs_missing1"));
        QCOMPARE(cell(*records, 3, QStringLiteral("status")), QString());
        QCOMPARE(cell(*records, 3, QStringLiteral("error_kind")), QStringLiteral("not_found"));
        QCOMPARE(cell(*records, 3, QStringLiteral("error_message")), missing.error->message);
        QCOMPARE(cell(*records, 3, QStringLiteral("http_status")), QStringLiteral("404"));
        QCOMPARE(cell(*records, 3, QStringLiteral("request_id")), QStringLiteral("req_42"));
    }

    void aFailedLookAgainKeepsTheCheckoutAndTheError() {
        HistoryEntry entry =
            HistoryTestData::found(HistoryTestData::enrichedChargily(), utc(2026, 12, 2, 9, 0));
        entry.error = failed(entry.id, ErrorKind::Timeout).error;
        const QStringList cells = lookupCsvCells(entry);
        const QStringList header = lookupCsvHeader();
        QCOMPARE(cells.at(header.indexOf(QStringLiteral("status"))), QStringLiteral("paid"));
        QCOMPARE(cells.at(header.indexOf(QStringLiteral("error_kind"))), QStringLiteral("timeout"));
    }

    void formulaCellsAreNeutralised_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x.test\",\"pay\")")
                           << QStringLiteral("'=HYPERLINK(\"http://x.test\",\"pay\")");
        QTest::newRow("+") << QStringLiteral("+cmd|' /C calc'!A0")
                           << QStringLiteral("'+cmd|' /C calc'!A0");
        QTest::newRow("-") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                           << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
        QTest::newRow("@") << QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0")
                           << QStringLiteral("'@SUM(1+1)*cmd|' /C calc'!A0");
        QTest::newRow("tab") << QStringLiteral("\t=1+1") << QStringLiteral("'\t=1+1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1+1") << QStringLiteral("'\r=1+1");
        QTest::newRow("a phone number")
            << QStringLiteral("+213555123456") << QStringLiteral("'+213555123456");
        QTest::newRow("a negative amount stays a number")
            << QStringLiteral("-12.50") << QStringLiteral("-12.50");
        QTest::newRow("an amount") << QStringLiteral("2500.00") << QStringLiteral("2500.00");
        QTest::newRow("inside is harmless") << QStringLiteral("a=b+c") << QStringLiteral("a=b+c");
        QTest::newRow("empty") << QString() << QString();
    }

    void formulaCellsAreNeutralised() {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(spreadsheetSafeCell(value), written);

        // Through a whole lookup row, in both CSV and tab-separated text.
        Checkout checkout = HistoryTestData::orqex();
        if (!checkout.customer)
            checkout.customer = Customer{};
        checkout.customer->name = value;
        checkout.description = value;
        const HistoryEntry entry = HistoryTestData::found(checkout, utc(2026, 12, 2, 10, 0));
        const std::optional<Records> records = readCsv(lookupsCsv({entry}));
        QVERIFY(records);
        QCOMPARE(cell(*records, 1, QStringLiteral("customer_name")), written);
        QCOMPARE(cell(*records, 1, QStringLiteral("description")), written);

        const QStringList lines = lookupsTabSeparated({entry}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList cells = lines.at(1).split(u'\t');
        QCOMPARE(cells.size(), lookupCsvHeader().size());
        const QString tabbed = cells.at(lookupCsvHeader().indexOf(QStringLiteral("customer_name")));
        QCOMPARE(tabbed, QString(written).replace(u'\t', u' ').replace(u'\r', u' '));
        QVERIFY(tabbed.isEmpty() || !QStringLiteral("=+-@").contains(tabbed.front())
                || tabbed == QStringLiteral("-12.50"));
    }

    void tabSeparatedTextKeepsOneLinePerRow() {
        Checkout checkout = HistoryTestData::enrichedChargily();
        checkout.description = QStringLiteral("two\tcells?\r\nno, one line");
        const QString text =
            lookupsTabSeparated({HistoryTestData::found(checkout, utc(2026, 12, 2, 11, 0))});
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first().split(u'\t'), lookupCsvHeader());
        const QStringList cells = lines.at(1).split(u'\t');
        QCOMPARE(cells.size(), lookupCsvHeader().size());
        QCOMPARE(cells.at(lookupCsvHeader().indexOf(QStringLiteral("description"))),
                 QStringLiteral("two cells?  no, one line"));
        QCOMPARE(cells.at(lookupCsvHeader().indexOf(QStringLiteral("amount"))),
                 QStringLiteral("12000.00"));
    }
};

QTEST_GUILESS_MAIN(TestLookupCsv)
#include "tst_LookupCsv.moc"
