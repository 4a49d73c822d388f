// What the header says beside the status badge, for each kind of checkout.
#include "gui/detail/CheckoutStory.h"

#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

const QDateTime now(QDate(2026, 12, 2), QTime(18, 0), Qt::UTC);

Checkout withStatus(CheckoutStatus status) {
    Checkout checkout;
    checkout.id = u"cs_story"_s;
    checkout.status = status;
    checkout.createdAt = now.addSecs(-5 * 3600);
    return checkout;
}

Attempt failedAttempt(const QString &message, const QString &code = u"INSUFFICIENT_FUNDS"_s) {
    Attempt attempt;
    attempt.status = u"failed"_s;
    attempt.failure = AttemptFailure{code, {}, message};
    attempt.failedAt = now.addSecs(-3 * 3600);
    return attempt;
}

} // namespace

class TestCheckoutStory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("TZ", "UTC");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void openWithAFailedAttempt() {
        Checkout checkout = withStatus(CheckoutStatus::Open);
        checkout.attempt = failedAttempt(u"Balance too low"_s);
        const CheckoutStory story = checkoutStory(checkout, now);
        QCOMPARE(story.text, u"Last attempt failed: Balance too low"_s);
        QCOMPARE(story.tone, CheckoutStory::Tone::Problem);
    }

    void aFailureWithoutMessageGivesItsCode() {
        Checkout checkout = withStatus(CheckoutStatus::Pending);
        checkout.attempt = failedAttempt({}, u"DO_NOT_HONOR"_s);
        QCOMPARE(checkoutStory(checkout, now).text, u"Last attempt failed: DO_NOT_HONOR"_s);
        checkout.attempt->failure.reset(); // only the attempt's status word says it failed
        QCOMPARE(checkoutStory(checkout, now).text, u"Last attempt failed"_s);
    }

    void waitingForTheCustomer_data() {
        QTest::addColumn<QString>("nextAction");
        QTest::addColumn<QString>("attemptStatus");
        QTest::addColumn<QString>("expected");
        QTest::newRow("approve on phone")
            << u"approve_on_phone"_s << u"action_required"_s
            << u"Waiting for the customer to approve on their phone"_s;
        QTest::newRow("redirect") << u"redirect_to_url"_s << u"action_required"_s
                                  << u"Waiting for the customer to finish on the payment page"_s;
        QTest::newRow("another action")
            << u"enter_otp"_s << u"pending"_s << u"Waiting for the customer (enter_otp)"_s;
        QTest::newRow("action required, none named")
            << u"none"_s << u"requires_action"_s << u"Waiting for the customer to act"_s;
        QTest::newRow("nothing to do yet") << QString() << u"processing"_s << QString();
    }

    void waitingForTheCustomer() {
        QFETCH(QString, nextAction);
        QFETCH(QString, attemptStatus);
        QFETCH(QString, expected);
        Checkout checkout = withStatus(CheckoutStatus::ActionRequired);
        checkout.attempt = Attempt{};
        checkout.attempt->status = attemptStatus;
        checkout.attempt->nextActionType = nextAction;
        const CheckoutStory story = checkoutStory(checkout, now);
        QCOMPARE(story.text, expected);
        QCOMPARE(story.tone, CheckoutStory::Tone::Plain);
    }

    void openWithoutAttemptSaysNothing() {
        QVERIFY(checkoutStory(withStatus(CheckoutStatus::Open), now).text.isEmpty());
        QVERIFY(checkoutStory(withStatus(CheckoutStatus::Unknown), now).text.isEmpty());
    }

    void finalStatusesShowTheirMoment_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("paid") << int(CheckoutStatus::Paid) << u"Paid 2 hours ago"_s;
        QTest::newRow("canceled") << int(CheckoutStatus::Canceled) << u"Canceled 1 hour ago"_s;
        QTest::newRow("refunded") << int(CheckoutStatus::Refunded) << u"Refunded 1 hour ago"_s;
        QTest::newRow("expired") << int(CheckoutStatus::Expired) << u"Expired 30 minutes ago"_s;
    }

    void finalStatusesShowTheirMoment() {
        QFETCH(int, status);
        QFETCH(QString, expected);
        Checkout checkout = withStatus(CheckoutStatus(status));
        checkout.completedAt =
            status == int(CheckoutStatus::Paid) ? now.addSecs(-2 * 3600 - 60) : QDateTime();
        checkout.updatedAt = now.addSecs(-3600);
        checkout.expiresAt = now.addSecs(-1800);
        const CheckoutStory story = checkoutStory(checkout, now);
        QCOMPARE(story.text, expected);
        // Hovering gives the exact moment.
        QVERIFY2(story.toolTip.contains(u"2026-12-02T"_s), qPrintable(story.toolTip));
        QVERIFY2(story.toolTip.contains(u"Dec 2, 2026"_s), qPrintable(story.toolTip));
    }

    void failedSaysWhenAndWhy() {
        Checkout checkout = withStatus(CheckoutStatus::Failed);
        checkout.attempt = failedAttempt(u"Card declined"_s);
        const CheckoutStory story = checkoutStory(checkout, now);
        QCOMPARE(story.text, u"Failed 3 hours ago: Card declined"_s);
        QCOMPARE(story.tone, CheckoutStory::Tone::Problem);
        QVERIFY(story.toolTip.contains(u"2026-12-02T15:00:00Z"_s));
    }

    void aFinalStatusWithoutAnyTimeSaysNothing() {
        Checkout checkout = withStatus(CheckoutStatus::Paid);
        QVERIFY(checkoutStory(checkout, now).text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCheckoutStory)
#include "tst_CheckoutStory.moc"
