#include "providers/CheckoutId.h"

#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;

class TestCheckoutId : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recognizes_data();
    void recognizes();
    void refuses_data();
    void refuses();
    void splitsPastedBlocks_data();
    void splitsPastedBlocks();
};

void TestCheckoutId::recognizes_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("id");

    const QString orqex = u"orqex"_s;
    const QString chargily = u"chargily"_s;
    const QString docsId = u"01hj5n7cqpaf0mt2d0xx85tgz8"_s;

    QTest::newRow("bare Chargily id") << docsId << chargily << docsId;
    QTest::newRow("upper-case Chargily id is folded")
        << u"01HJ5N7CQPAF0MT2D0XX85TGZ8"_s << chargily << docsId;
    QTest::newRow("Chargily id of digits only")
        << u"01234567890123456789012345"_s << chargily << u"01234567890123456789012345"_s;
    QTest::newRow("surrounding white space is ignored")
        << u"  \t" + docsId + u"\n"_s << chargily << docsId;
    QTest::newRow("bare Orqex id") << u"cs_abc123"_s << orqex << u"cs_abc123"_s;
    QTest::newRow("Orqex id keeps its case") << u"cs_q8Lm2"_s << orqex << u"cs_q8Lm2"_s;
    QTest::newRow("Orqex id with underscores")
        << u"cs_test_a1B2_c3"_s << orqex << u"cs_test_a1B2_c3"_s;
    QTest::newRow("Orqex id of one character") << u"cs_x"_s << orqex << u"cs_x"_s;
    QTest::newRow("Orqex id of 120 characters")
        << u"cs_"_s + QString(120, u'a') << orqex << u"cs_"_s + QString(120, u'a');
    QTest::newRow("Orqex id of 26 characters is still Orqex")
        << u"cs_01234567890123456789012"_s << orqex << u"cs_01234567890123456789012"_s;
    QTest::newRow("Orqex hosted checkout URL")
        << u"https://pay.orqex.com/c/cs_abc123"_s << orqex << u"cs_abc123"_s;
    QTest::newRow("Orqex API URL")
        << u"https://api.orqex.com/v1/payment/checkouts/cs_q8Lm2"_s << orqex << u"cs_q8Lm2"_s;
    QTest::newRow("Orqex URL with query and fragment")
        << u"https://pay.orqex.com/c/cs_abc123?lang=fr#top"_s << orqex << u"cs_abc123"_s;
    QTest::newRow("Chargily test pay URL")
        << u"https://pay.chargily.dz/test/checkouts/01hj5n7cqpaf0mt2d0xx85tgz8/pay"_s << chargily
        << docsId;
    QTest::newRow("Chargily live pay URL")
        << u"https://pay.chargily.dz/checkouts/01hkq3m9v7r2x8c4t6b0n5w1ye/pay"_s << chargily
        << u"01hkq3m9v7r2x8c4t6b0n5w1ye"_s;
    QTest::newRow("Chargily API URL")
        << u"https://pay.chargily.net/test/api/v2/checkouts/01hj5n7cqpaf0mt2d0xx85tgz8"_s
        << chargily << docsId;
    QTest::newRow("Chargily items URL")
        << u"https://pay.chargily.net/test/api/v2/checkouts/01hj5n7cqpaf0mt2d0xx85tgz8/items"_s
        << chargily << docsId;
    QTest::newRow("Chargily URL with upper-case id") << u"https://pay.chargily.dz/checkouts/"
                                                        u"01HJ5N7CQPAF0MT2D0XX85TGZ8/pay"_s
                                                     << chargily << docsId;
    QTest::newRow("upper-case scheme")
        << u"HTTPS://pay.orqex.com/c/cs_abc123"_s << orqex << u"cs_abc123"_s;
    QTest::newRow("demo server loopback URL, Orqex")
        << u"http://127.0.0.1:8765/orqex/v1/payment/checkouts/cs_demo_paid"_s << orqex
        << u"cs_demo_paid"_s;
    QTest::newRow("demo server loopback URL, Chargily")
        << u"http://localhost:8765/chargily/test/api/v2/checkouts/01hj5n7cqpaf0mt2d0xx85tgz8"_s
        << chargily << docsId;
    QTest::newRow("IPv6 loopback URL") << u"http://[::1]:8080/c/cs_abc"_s << orqex << u"cs_abc"_s;
    QTest::newRow("any host: the id decides")
        << u"https://example.com/whatever/cs_abc/"_s << orqex << u"cs_abc"_s;
    QTest::newRow("percent-encoded underscore is the same URL")
        << u"https://pay.orqex.com/c/cs%5Fabc"_s << orqex << u"cs_abc"_s;
    QTest::newRow("same id twice in a URL")
        << u"https://x.example/cs_abc/cs_abc"_s << orqex << u"cs_abc"_s;
}

void TestCheckoutId::recognizes() {
    QFETCH(QString, input);
    QFETCH(QString, provider);
    QFETCH(QString, id);
    const Result<CheckoutRef> result = recognizeCheckoutId(input);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().provider, provider);
    QCOMPARE(result.value().id, id);
}

void TestCheckoutId::refuses_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty input") << QString() << u"empty"_s;
    QTest::newRow("only white space") << u" \t\n "_s << u"empty"_s;
    QTest::newRow("Chargily id one character short")
        << u"01hj5n7cqpaf0mt2d0xx85tgz"_s << u"exactly 26"_s;
    QTest::newRow("Chargily id one character long")
        << u"01hj5n7cqpaf0mt2d0xx85tgz88"_s << u"this one has 27"_s;
    QTest::newRow("prefix alone") << u"cs_"_s << u"at least one character"_s;
    QTest::newRow("Orqex id of 121 characters")
        << u"cs_"_s + QString(121, u'a') << u"at most 120"_s;
    QTest::newRow("upper-case Orqex prefix") << u"CS_abc"_s << u"Not a checkout id"_s;
    QTest::newRow("path traversal") << u"../../etc/passwd"_s << u"dot"_s;
    QTest::newRow("slash inside an id") << u"cs_abc/def"_s << u"slash"_s;
    QTest::newRow("percent encoding") << u"cs_abc%2F"_s << u"percent"_s;
    QTest::newRow("query character") << u"cs_abc?x=1"_s << u"question mark"_s;
    QTest::newRow("fragment character") << u"cs_abc#x"_s << u"hash"_s;
    QTest::newRow("dot inside an id") << u"cs_abc.def"_s << u"dot"_s;
    QTest::newRow("hyphen inside an id") << u"cs_abc-def"_s << u"'-'"_s;
    QTest::newRow("space inside") << u"cs_abc def"_s << u"space"_s;
    QTest::newRow("tab inside") << u"cs_abc\tdef"_s << u"space"_s;
    QTest::newRow("NUL character") << u"cs_abc"_s + QChar(0) + u"def"_s << u"control"_s;
    QTest::newRow("escape character") << u"cs_abc\x1b[31m"_s << u"control"_s;
    QTest::newRow("zero-width joiner") << u"cs_abc\u200Ddef"_s << u"control"_s;
    QTest::newRow("non-ASCII letters") << u"cs_caf\u00E9"_s << u"non-ASCII"_s;
    QTest::newRow("input over 2048 characters") << u"cs_"_s + QString(2046, u'a') << u"2048"_s;
    QTest::newRow("long URL over 2048 characters")
        << u"https://pay.orqex.com/c/cs_abc?pad="_s + QString(2100, u'x') << u"2048"_s;
    QTest::newRow("secret key pasted as an id")
        << u"sk_test_"_s + QString(24, u'f') << u"API key"_s;
    QTest::newRow("Chargily key pasted as an id")
        << u"test_sk_"_s + QString(40, u'f') << u"API key"_s;
    QTest::newRow("Stripe-like other prefix") << u"pi_3abc"_s << u"Not a checkout id"_s;
    QTest::newRow("URL without an id") << u"https://pay.orqex.com/c/"_s << u"no checkout id"_s;
    QTest::newRow("URL with the id only in the query")
        << u"https://pay.orqex.com/c?id=cs_abc"_s << u"no checkout id"_s;
    QTest::newRow("URL with an encoded slash in the id")
        << u"https://pay.orqex.com/c/cs_abc%2F"_s << u"no checkout id"_s;
    QTest::newRow("URL with an encoded space in the id")
        << u"https://pay.orqex.com/c/cs_abc%20x"_s << u"no checkout id"_s;
    QTest::newRow("URL with two different ids")
        << u"https://pay.orqex.com/cs_abc/cs_def"_s << u"more than one"_s;
    QTest::newRow("URL without a host") << u"https:///c/cs_abc"_s << u"not a valid URL"_s;
    QTest::newRow("ftp URL") << u"ftp://pay.orqex.com/c/cs_abc"_s << u"http://"_s;
    QTest::newRow("javascript URL") << u"javascript:alert(1)"_s << u"cannot contain"_s;
    QTest::newRow("URL without a scheme") << u"pay.orqex.com/c/cs_abc"_s << u"cannot contain"_s;
}

void TestCheckoutId::refuses() {
    QFETCH(QString, input);
    QFETCH(QString, messagePart);
    const Result<CheckoutRef> result = recognizeCheckoutId(input);
    QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value().id : QString()));
    QCOMPARE(result.error().kind, ErrorKind::InvalidId);
    QCOMPARE(result.error().httpStatus, 0);
    QVERIFY2(result.error().message.contains(messagePart, Qt::CaseInsensitive),
             qPrintable(result.error().message));
    // The message describes the problem without echoing what was typed (it may be a key).
    if (input.size() > 8)
        QVERIFY(!result.error().message.contains(input.trimmed()));
}

void TestCheckoutId::splitsPastedBlocks_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("entries");

    QTest::newRow("one entry") << u"cs_abc"_s << QStringList{u"cs_abc"_s};
    QTest::newRow("lines") << u"cs_a\ncs_b\r\ncs_c\n"_s
                           << QStringList{u"cs_a"_s, u"cs_b"_s, u"cs_c"_s};
    QTest::newRow("commas and semicolons with spaces")
        << u"cs_a, cs_b;cs_c ;; ,"_s << QStringList{u"cs_a"_s, u"cs_b"_s, u"cs_c"_s};
    QTest::newRow("tabs from a spreadsheet")
        << u"cs_a\tcs_b"_s << QStringList{u"cs_a"_s, u"cs_b"_s};
    QTest::newRow("URLs stay whole")
        << u"https://pay.orqex.com/c/cs_abc https://pay.chargily.dz/checkouts/x/pay"_s
        << QStringList{u"https://pay.orqex.com/c/cs_abc"_s,
                       u"https://pay.chargily.dz/checkouts/x/pay"_s};
    QTest::newRow("empty text") << QString() << QStringList();
    QTest::newRow("only separators") << u" ,;\n\t"_s << QStringList();
}

void TestCheckoutId::splitsPastedBlocks() {
    QFETCH(QString, text);
    QFETCH(QStringList, entries);
    QCOMPARE(splitCheckoutInputs(text), entries);
}

QTEST_GUILESS_MAIN(TestCheckoutId)
#include "tst_CheckoutId.moc"
