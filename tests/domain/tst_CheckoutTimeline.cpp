#include "domain/CheckoutTimeline.h"
#include "providers/chargily/ChargilyParser.h"
#include "providers/orqex/OrqexParser.h"

#include "FixtureHelpers.h"

#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;
using Kind = CheckoutMoment::Kind;

namespace {

QDateTime utc(int hour, int minute, int second = 0) {
    return QDateTime(QDate(2026, 11, 21), QTime(hour, minute, second), Qt::UTC);
}

QList<Kind> kinds(const QList<CheckoutMoment> &moments) {
    QList<Kind> list;
    for (const CheckoutMoment &moment : moments)
        list.append(moment.kind);
    return list;
}

} // namespace

class TestCheckoutTimeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void orqexFailedAttemptInOrder() {
        const Checkout c =
            parseOrqexCheckout(TestHelpers::fixture(u"orqex/checkout_sdk_shape.json"_s),
                               utc(18, 30))
                .value();
        const QList<CheckoutMoment> moments = checkoutTimeline(c, utc(18, 30));
        QCOMPARE(moments, (QList<CheckoutMoment>{{Kind::Created, utc(18, 0)},
                                                 {Kind::AttemptStarted, utc(18, 0, 55)},
                                                 {Kind::Processing, utc(18, 1)},
                                                 {Kind::AttemptFailed, utc(18, 1, 30)},
                                                 {Kind::Expires, utc(19, 0)}}));
    }

    void anExpiryThatPassedIsExpired() {
        const Checkout c =
            parseOrqexCheckout(TestHelpers::fixture(u"orqex/checkout_sdk_shape.json"_s), utc(20, 0))
                .value();
        const QList<CheckoutMoment> moments = checkoutTimeline(c, utc(20, 0));
        QCOMPARE(moments.last(), (CheckoutMoment{Kind::Expired, utc(19, 0)}));
    }

    void chargilyHasCreationAndUpdate() {
        const Checkout c =
            parseChargilyCheckout(TestHelpers::fixture(u"chargily/checkout_paid_edahabia.json"_s))
                .value();
        const QList<CheckoutMoment> moments = checkoutTimeline(c, utc(20, 0));
        QCOMPARE(kinds(moments), (QList<Kind>{Kind::Created, Kind::Updated}));
        QCOMPARE(moments.at(0).when, QDateTime::fromSecsSinceEpoch(1732190400, Qt::UTC));
        QCOMPARE(moments.at(1).when, QDateTime::fromSecsSinceEpoch(1732190700, Qt::UTC));
    }

    void orderedByTimeNotByKind() {
        // An attempt that asked the customer to act, then completed; the checkout was paid
        // after an update and before its expiry; the provider's times out of order.
        Checkout c;
        c.status = CheckoutStatus::Paid;
        c.createdAt = utc(10, 0);
        c.updatedAt = utc(10, 4);
        c.completedAt = utc(10, 5);
        c.expiresAt = utc(10, 30);
        Attempt attempt;
        attempt.createdAt = utc(10, 2);
        attempt.actionRequiredAt = utc(10, 3);
        attempt.processingAt = utc(10, 2, 30);
        attempt.completedAt = utc(10, 5);
        c.attempt = attempt;
        QCOMPARE(
            kinds(checkoutTimeline(c, utc(11, 0))),
            (QList<Kind>{Kind::Created, Kind::AttemptStarted, Kind::Processing,
                         Kind::ActionRequired, Kind::Updated, Kind::Completed, Kind::Expired}));
    }

    void anAttemptCompletionStandsInForTheCheckouts() {
        Checkout c;
        c.createdAt = utc(10, 0);
        Attempt attempt;
        attempt.completedAt = utc(10, 5);
        c.attempt = attempt;
        QCOMPARE(kinds(checkoutTimeline(c, utc(11, 0))),
                 (QList<Kind>{Kind::Created, Kind::AttemptCompleted}));
    }

    void sameInstantKeepsTheLifeOrder() {
        Checkout c;
        c.createdAt = utc(10, 0);
        c.updatedAt = utc(10, 5);
        c.completedAt = utc(10, 5);
        Attempt attempt;
        attempt.createdAt = utc(10, 0);
        c.attempt = attempt;
        QCOMPARE(
            kinds(checkoutTimeline(c, utc(11, 0))),
            (QList<Kind>{Kind::Created, Kind::AttemptStarted, Kind::Completed, Kind::Updated}));
    }

    void nothingKnownIsEmpty() { QVERIFY(checkoutTimeline(Checkout{}, utc(11, 0)).isEmpty()); }

    void anUpdateAtCreationIsNoMoment() {
        Checkout c;
        c.createdAt = utc(10, 0);
        c.updatedAt = utc(10, 0);
        QCOMPARE(kinds(checkoutTimeline(c, utc(11, 0))), QList<Kind>{Kind::Created});
    }
};

QTEST_APPLESS_MAIN(TestCheckoutTimeline)
#include "tst_CheckoutTimeline.moc"
