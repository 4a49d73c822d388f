// What reaches a terminal: control characters, escape sequences and bidi overrides from a
// provider's answer or a pasted id are shown, not obeyed.

#include "cli/LookupOutput.h"
#include "cli/TerminalText.h"

#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

// True when `text` holds a character a terminal would act on rather than show.
bool hasActiveCharacter(const QString &text, bool allowNewline) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' && allowNewline)
            continue;
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

} // namespace

class TestTerminalText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void neutralises_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("shown");
        QTest::newRow("window title (OSC)")
            << u"\x1b]0;owned\x07paid"_s << u"\\x1B]0;owned\\x07paid"_s;
        QTest::newRow("clipboard (OSC 52)") << u"\x1b]52;c;Y3VybCBldmlsIHwgc2g=\x1b\\"_s
                                            << u"\\x1B]52;c;Y3VybCBldmlsIHwgc2g=\\x1B\\"_s;
        QTest::newRow("redraw (CSI)") << u"failed\r\x1b[2Kpaid"_s << u"failed \\x1B[2Kpaid"_s;
        QTest::newRow("C1 CSI") << u"\u009b31mred"_s << u"\\x9B31mred"_s;
        QTest::newRow("NUL and DEL") << QString(u"a\0b\x7f"_s) << u"a\\x00b\\x7F"_s;
        QTest::newRow("right-to-left override") << u"\u202Edeliaf"_s << u"\\u202Edeliaf"_s;
        QTest::newRow("isolates") << u"\u2067x\u2069"_s << u"\\u2067x\\u2069"_s;
        QTest::newRow("line separator") << u"a\u2028b"_s << u"a\\u2028b"_s;
        QTest::newRow("newline and tab") << u"one\ntwo\tthree"_s << u"one two three"_s;
        QTest::newRow("Arabic with a mark stays") << u"عائشة \u200Fبن"_s << u"عائشة \u200Fبن"_s;
        QTest::newRow("plain") << u"Awa Diallo <awa@example.com>"_s
                               << u"Awa Diallo <awa@example.com>"_s;
    }

    void neutralises() {
        QFETCH(QString, input);
        QFETCH(QString, shown);
        QCOMPARE(terminalSafe(input), shown);
        QVERIFY(!hasActiveCharacter(terminalSafe(input), false));
    }

    void lookupTextShowsHostileValuesAsData() {
        const QString hostile = u"\x1b]0;owned\x07\x1b[2J\u202Edeliaf\u009b32mpaid\r\n"_s;
        Checkout checkout;
        checkout.id = u"cs_abc123"_s;
        checkout.provider = u"orqex"_s;
        checkout.account = u"shop"_s;
        checkout.status = CheckoutStatus::Failed;
        checkout.providerStatus = u"failed"_s + hostile;
        checkout.description = hostile;
        checkout.customer = Customer{};
        checkout.customer->name = hostile;
        checkout.customer->email = hostile;
        checkout.method = PaymentMethod{};
        checkout.method->label = hostile;
        LookupOutcome found;
        found.input = found.id = checkout.id;
        found.result = checkout;

        LookupError error;
        error.kind = ErrorKind::InvalidId;
        error.message = hostile;
        error.requestId = hostile;
        LookupOutcome invalid;
        invalid.input = u"cs_\x1b]52;c;cm0gLXJmIH4=\x07"_s;
        invalid.result = error;

        const QString text = lookupOutcomesText({found, invalid}, QLocale::c());
        QVERIFY2(!hasActiveCharacter(text, true), qPrintable(text));
        QVERIFY(text.contains(u"\\x1B]0;owned\\x07"_s));
        QVERIFY(text.contains(u"\\u202Edeliaf"_s));
        QVERIFY(text.contains(u"cs_\\x1B]52;c;cm0gLXJmIH4=\\x07"_s));
        // One value, one line: the hostile CR LF did not start lines of its own.
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(line.startsWith(u"  "_s) || line.startsWith(u"cs_"_s), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_TerminalText.moc"
