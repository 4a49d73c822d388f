// `paydesk lookup`'s output and exit status, from outcomes made by hand.

#include "cli/ExitCode.h"
#include "cli/LookupCommand.h"
#include "cli/LookupInputs.h"
#include "cli/LookupOutput.h"

#include "domain/CheckoutJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Paydesk;

namespace {

LookupOutcome found(const QString &id) {
    Checkout checkout;
    checkout.id = id;
    checkout.provider = QStringLiteral("chargily");
    checkout.account = QStringLiteral("dz-test");
    checkout.mode = Mode::Test;
    checkout.status = CheckoutStatus::Pending;
    checkout.providerStatus = QStringLiteral("pending");
    checkout.amount = Money::fromUnits(250000, 2, QStringLiteral("DZD"));
    LookupOutcome outcome;
    outcome.input = id;
    outcome.id = id;
    outcome.result = checkout;
    return outcome;
}

LookupOutcome failed(const QString &input, ErrorKind kind, const QString &id = {}) {
    LookupError error;
    error.kind = kind;
    error.message = QStringLiteral("It went wrong.");
    error.httpStatus = kind == ErrorKind::NotFound ? 404 : 0;
    error.accountsTried = {QStringLiteral("a"), QStringLiteral("b")};
    LookupOutcome outcome;
    outcome.input = input;
    outcome.id = id;
    outcome.result = error;
    return outcome;
}

// A found checkout with the merchant's nested metadata, written as sent.
LookupOutcome foundWithMetadata(const QString &id) {
    LookupOutcome outcome = found(id);
    Checkout checkout = outcome.result.value();
    checkout.metadata =
        QJsonObject{{QStringLiteral("order"), QJsonObject{{QStringLiteral("z"), 1},
                                                          {QStringLiteral("a"), QJsonArray{1, 2}}}},
                    {QStringLiteral("note"), QStringLiteral("caf\u00e9 \\ \"")}};
    outcome.result = checkout;
    return outcome;
}

} // namespace

class TestLookupOutput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exitCodes();
    void jsonKeepsTheOrderGiven();
    void textIsAlignedAndFormatsMoney();
    void arguments_data();
    void arguments();
    void csvForATerminalShowsControlsAsText();
    void standardInputIdsAreSplitAsAPasteIs();
    void printerWritesWhatTheWholeListGives_data();
    void printerWritesWhatTheWholeListGives();
};

void TestLookupOutput::csvForATerminalShowsControlsAsText() {
    LookupOutcome outcome = found(QStringLiteral("01hj5n7cqpaf0mt2d0xx85tgz8"));
    Checkout checkout = outcome.result.value();
    checkout.description = QStringLiteral("\x1b]0;owned\x07 \u202Edeliaf");
    outcome.result = checkout;
    const QDateTime when(QDate(2026, 12, 3), QTime(4, 5), Qt::UTC);
    const QString exact = QString::fromUtf8(lookupOutcomesCsv({outcome}, QString(), when, false));
    QVERIFY(exact.contains(checkout.description));
    QVERIFY(exact.contains(QStringLiteral(",2500.00,DZD,")));
    QVERIFY(exact.contains(QStringLiteral(",2026-12-03T04:05:00Z,")));
    const QString shown = QString::fromUtf8(lookupOutcomesCsv({outcome}, QString(), when, true));
    QVERIFY(!shown.contains(QChar(0x1b)) && !shown.contains(QChar(0x202E)));
    QVERIFY2(shown.contains(QStringLiteral("\\x1B]0;owned\\x07 \\u202Edeliaf")), qPrintable(shown));
    QVERIFY(shown.endsWith(QStringLiteral("\r\n")));
}

void TestLookupOutput::standardInputIdsAreSplitAsAPasteIs() {
    QVERIFY(readsStandardInput({}, false));
    QVERIFY(!readsStandardInput({}, true));
    QVERIFY(readsStandardInput({QStringLiteral("-")}, true));
    QVERIFY(!readsStandardInput({QStringLiteral("a")}, false));
    const QString column = QStringLiteral("\uFEFFa\t\r\nb,c; d\n\n");
    QCOMPARE(withStandardInputIds({}, column),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("d")}));
    QCOMPARE(withStandardInputIds({QStringLiteral("x"), QStringLiteral("-"), QStringLiteral("y"),
                                   QStringLiteral("-")},
                                  QStringLiteral("a b")),
             (QStringList{QStringLiteral("x"), QStringLiteral("a"), QStringLiteral("b"),
                          QStringLiteral("y")}));
}

void TestLookupOutput::exitCodes() {
    const QString id = QStringLiteral("01hj5n7cqpaf0mt2d0xx85tgz8");
    QCOMPARE(lookupExitCode({found(id), found(id)}), int(ExitAllFound));
    QCOMPARE(lookupExitCode({found(id), failed(id, ErrorKind::NotFound, id)}), int(ExitSomeFailed));
    QCOMPARE(lookupExitCode({failed(id, ErrorKind::Timeout, id)}), int(ExitSomeFailed));
    QCOMPARE(lookupExitCode({found(id), failed(QStringLiteral("x/y"), ErrorKind::InvalidId)}),
             int(ExitBadUsage));
    QCOMPARE(
        lookupExitCode({failed(id, ErrorKind::NotFound, id), failed(id, ErrorKind::NoAccount, id)}),
        int(ExitBadUsage));
    QCOMPARE(lookupExitCode({failed(id, ErrorKind::Keychain, id)}), int(ExitBadUsage));
}

void TestLookupOutput::jsonKeepsTheOrderGiven() {
    const QString first = QStringLiteral("01hj5n7cqpaf0mt2d0xx85tgz8");
    const QString second = QStringLiteral("cs_missing");
    const QJsonObject document =
        lookupOutcomesJson({failed(second, ErrorKind::NotFound, second), found(first),
                            failed(QStringLiteral("not an id"), ErrorKind::InvalidId)})
            .object();
    const QJsonArray results = document.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("id")).toString(), second);
    const QJsonObject error = results.at(0).toObject().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("not_found"));
    QCOMPARE(error.value(QStringLiteral("http_status")).toInt(), 404);
    QCOMPARE(error.value(QStringLiteral("accounts_tried")).toArray().size(), 2);
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("id")).toString(), first);
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("account")).toString(),
             QStringLiteral("dz-test"));
    QCOMPARE(results.at(2).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("not an id"));
}

void TestLookupOutput::textIsAlignedAndFormatsMoney() {
    const QString id = QStringLiteral("01hj5n7cqpaf0mt2d0xx85tgz8");
    const QString text = lookupOutcomesText(
        {found(id), failed(QStringLiteral("cs_x"), ErrorKind::NotFound, QStringLiteral("cs_x"))},
        QLocale(QLocale::English, QLocale::UnitedStates));
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.first(), id);
    QVERIFY2(text.contains(formatMoney(*Money::fromUnits(250000, 2, QStringLiteral("DZD")),
                                       QLocale(QLocale::English, QLocale::UnitedStates))),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("not_found")));
    // Values of one block start in the same column.
    qsizetype column = -1;
    for (const QString &line : lines.mid(1)) {
        if (!line.startsWith(QStringLiteral("  ")))
            break;
        static const QRegularExpression gap(QStringLiteral("^  \\S.*?\\s{2,}(\\S)"));
        const auto match = gap.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        if (column < 0)
            column = match.capturedStart(1);
        QCOMPARE(match.capturedStart(1), column);
    }
    QVERIFY(column > 0);
}

void TestLookupOutput::arguments_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<QString>("account");
    QTest::addColumn<bool>("json");
    QTest::newRow("ids and options in any order")
        << QStringList{QStringLiteral("a"), QStringLiteral("--json"), QStringLiteral("b"),
                       QStringLiteral("--account"), QStringLiteral("shop")}
        << true << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QStringLiteral("shop")
        << true;
    QTest::newRow("no id: they may come from standard input")
        << QStringList{QStringLiteral("--json")} << true << QStringList() << QString() << true;
    QTest::newRow("a dash stands for standard input")
        << QStringList{QStringLiteral("a"), QStringLiteral("-")} << true
        << QStringList{QStringLiteral("a"), QStringLiteral("-")} << QString() << false;
    QTest::newRow("--csv with --json is bad usage")
        << QStringList{QStringLiteral("a"), QStringLiteral("--csv"), QStringLiteral("--json")}
        << false << QStringList() << QString() << false;
    QTest::newRow("an unknown option is bad usage")
        << QStringList{QStringLiteral("a"), QStringLiteral("--colour")} << false << QStringList()
        << QString() << false;
    QTest::newRow("--account without a name is bad usage")
        << QStringList{QStringLiteral("a"), QStringLiteral("--account")} << false << QStringList()
        << QString() << false;
}

void TestLookupOutput::arguments() {
    QFETCH(QStringList, arguments);
    QFETCH(bool, valid);
    QString error;
    const auto request = parseLookupArguments(arguments, &error);
    QCOMPARE(request.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QFETCH(QStringList, inputs);
    QFETCH(QString, account);
    QFETCH(bool, json);
    QCOMPARE(request->inputs, inputs);
    QVERIFY(!request->csv);
    QCOMPARE(request->account, account);
    QCOMPARE(request->json, json);
}

void TestLookupOutput::printerWritesWhatTheWholeListGives_data() {
    QTest::addColumn<QList<LookupOutcome>>("outcomes");
    const QString chargily = QStringLiteral("01hj5n7cqpaf0mt2d0xx85tgz8");
    const QString orqex = QStringLiteral("cs_missing");
    QTest::newRow("none") << QList<LookupOutcome>{};
    QTest::newRow("one found") << QList<LookupOutcome>{found(chargily)};
    QTest::newRow("one failed") << QList<LookupOutcome>{
        failed(QStringLiteral("not an id"), ErrorKind::InvalidId)};
    QTest::newRow("mixed") << QList<LookupOutcome>{
        failed(orqex, ErrorKind::NotFound, orqex), foundWithMetadata(chargily),
        failed(QStringLiteral("x/y"), ErrorKind::InvalidId), found(chargily)};
}

// Written a piece at a time as the outcomes come, the output is byte for byte the one made of
// the whole list (for JSON, interface.md's document from toOrderedJson).
void TestLookupOutput::printerWritesWhatTheWholeListGives() {
    QFETCH(const QList<LookupOutcome>, outcomes);
    const QLocale locale(QLocale::French, QLocale::France);
    const QDateTime when(QDate(2026, 12, 3), QTime(4, 5), Qt::UTC);
    const auto printed = [&](LookupPrinter::Format format, bool forTerminal) {
        LookupPrinter printer(format, outcomes.size(), locale, QStringLiteral("shop"), when,
                              forTerminal);
        QByteArray bytes = printer.begin();
        for (const LookupOutcome &outcome : outcomes)
            bytes += printer.next(outcome);
        bytes += printer.end();
        // Each printer also adds up the exit status of what it printed.
        if (printer.exitCode() != lookupExitCode(outcomes))
            return QByteArray("wrong exit status");
        return bytes;
    };
    QCOMPARE(printed(LookupPrinter::Format::Json, false),
             toOrderedJson(lookupOutcomesJson(outcomes).object()));
    QCOMPARE(printed(LookupPrinter::Format::Text, false),
             lookupOutcomesText(outcomes, locale).toUtf8());
    for (const bool forTerminal : {false, true})
        QCOMPARE(printed(LookupPrinter::Format::Csv, forTerminal),
                 lookupOutcomesCsv(outcomes, QStringLiteral("shop"), when, forTerminal));
}

QTEST_GUILESS_MAIN(TestLookupOutput)
#include "tst_LookupOutput.moc"
