// paydesk://checkout/ID and paydesk://checkout/<percent-encoded checkout URL>: what each link
// looks up, and a clear refusal, never a lookup, for anything else.
#include "app/CheckoutLink.h"

#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;

class TestCheckoutLink : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recognizesLinks() {
        QVERIFY(isPaydeskLink(u"paydesk://checkout/cs_abc123"_s));
        QVERIFY(isPaydeskLink(u"PayDesk://checkout/cs_abc123"_s));
        QVERIFY(isPaydeskLink(u"paydesk:nothing"_s));
        QVERIFY(!isPaydeskLink(u"cs_abc123"_s));
        QVERIFY(!isPaydeskLink(u"https://pay.orqex.com/c/cs_abc123"_s));
    }

    void opensCheckouts_data() {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("checkout");
        QTest::newRow("Orqex id") << u"paydesk://checkout/cs_abc123"_s << u"cs_abc123"_s;
        QTest::newRow("Chargily id") << u"paydesk://checkout/01hj5n7cqpaf0mt2d0xx85tgz8"_s
                                     << u"01hj5n7cqpaf0mt2d0xx85tgz8"_s;
        QTest::newRow("scheme in capitals") << u"PAYDESK://checkout/cs_abc123"_s << u"cs_abc123"_s;
        QTest::newRow("encoded Orqex URL")
            << u"paydesk://checkout/https%3A%2F%2Fpay.orqex.com%2Fc%2Fcs_abc123"_s
            << u"https://pay.orqex.com/c/cs_abc123"_s;
        QTest::newRow("encoded Chargily URL with a query")
            << u"paydesk://checkout/"
               "https%3A%2F%2Fpay.chargily.dz%2Ftest%2Fcheckouts%2F01hj5n7cqpaf0mt2d0xx85tgz8%2Fpay"
               "%3Flang%3Dar"_s
            << u"https://pay.chargily.dz/test/checkouts/01hj5n7cqpaf0mt2d0xx85tgz8/pay?lang=ar"_s;
    }

    void opensCheckouts() {
        QFETCH(QString, link);
        QFETCH(QString, checkout);
        const Result<QString> result = checkoutFromLink(link);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), checkout);
    }

    void refusesMalformedLinks_data() {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("why"); // a part of the message
        QTest::newRow("no id") << u"paydesk://checkout/"_s << u"names no checkout"_s;
        QTest::newRow("no slashes") << u"paydesk:checkout/cs_abc123"_s << u"does not open"_s;
        QTest::newRow("other host") << u"paydesk://account/cs_abc123"_s << u"does not open"_s;
        QTest::newRow("query") << u"paydesk://checkout/cs_abc123?delete=1"_s
                               << u"more than a checkout"_s;
        QTest::newRow("fragment") << u"paydesk://checkout/cs_abc123#x"_s
                                  << u"more than a checkout"_s;
        QTest::newRow("port") << u"paydesk://checkout:99/cs_abc123"_s << u"more than a checkout"_s;
        QTest::newRow("user") << u"paydesk://me@checkout/cs_abc123"_s << u"more than a checkout"_s;
        QTest::newRow("two segments")
            << u"paydesk://checkout/cs_abc123/extra"_s << u"percent-encoded"_s;
        QTest::newRow("unencoded URL")
            << u"paydesk://checkout/https://pay.orqex.com/c/cs_abc"_s << u"percent-encoded"_s;
        QTest::newRow("path climbing")
            << u"paydesk://checkout/..%2F..%2Fetc%2Fpasswd"_s << u"cannot be opened"_s;
        QTest::newRow("control character")
            << u"paydesk://checkout/cs_abc%0A123"_s << u"control characters"_s;
        QTest::newRow("not an id") << u"paydesk://checkout/hello"_s << u"cannot be opened"_s;
        QTest::newRow("other site's URL")
            << u"paydesk://checkout/https%3A%2F%2Fevil.example%2Fx"_s << u"cannot be opened"_s;
        QTest::newRow("huge") << u"paydesk://checkout/cs_"_s + QString(5000, u'a')
                              << u"longer than"_s;
    }

    void refusesMalformedLinks() {
        QFETCH(QString, link);
        QFETCH(QString, why);
        const Result<QString> result = checkoutFromLink(link);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::InvalidId);
        QVERIFY2(result.error().message.contains(why), qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(u"paydesk://checkout/ID"_s));
    }
};

QTEST_GUILESS_MAIN(TestCheckoutLink)
#include "tst_CheckoutLink.moc"
