#include "domain/CheckoutStatus.h"
#include "domain/LookupError.h"
#include "domain/Provider.h"

#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;

// The stable words of interface.md: statuses, error kinds and modes.
class TestKeys : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusKeys_data();
    void statusKeys();
    void unknownStatusKey();
    void errorKindKeys_data();
    void errorKindKeys();
    void unknownErrorKindKey();
    void modeKeys();
    void lookupErrorEquality();
};

void TestKeys::statusKeys_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("inProgress");
    QTest::newRow("open") << int(CheckoutStatus::Open) << u"open"_s << true;
    QTest::newRow("pending") << int(CheckoutStatus::Pending) << u"pending"_s << true;
    QTest::newRow("processing") << int(CheckoutStatus::Processing) << u"processing"_s << true;
    QTest::newRow("action required")
        << int(CheckoutStatus::ActionRequired) << u"action_required"_s << true;
    QTest::newRow("paid") << int(CheckoutStatus::Paid) << u"paid"_s << false;
    QTest::newRow("failed") << int(CheckoutStatus::Failed) << u"failed"_s << false;
    QTest::newRow("expired") << int(CheckoutStatus::Expired) << u"expired"_s << false;
    QTest::newRow("canceled") << int(CheckoutStatus::Canceled) << u"canceled"_s << false;
    QTest::newRow("refunded") << int(CheckoutStatus::Refunded) << u"refunded"_s << false;
    QTest::newRow("partially refunded")
        << int(CheckoutStatus::PartiallyRefunded) << u"partially_refunded"_s << false;
    QTest::newRow("unknown") << int(CheckoutStatus::Unknown) << u"unknown"_s << false;
}

void TestKeys::statusKeys() {
    QFETCH(int, status);
    QFETCH(QString, key);
    QFETCH(bool, inProgress);
    QCOMPARE(statusKey(CheckoutStatus(status)), key);
    QCOMPARE(statusFromKey(key), std::optional<CheckoutStatus>(CheckoutStatus(status)));
    QCOMPARE(isStatusInProgress(CheckoutStatus(status)), inProgress);
}

void TestKeys::unknownStatusKey() {
    QCOMPARE(statusFromKey(u"cancelled"_s), std::nullopt);
    QCOMPARE(statusFromKey(u"PAID"_s), std::nullopt);
    QCOMPARE(statusFromKey(QString()), std::nullopt);
}

void TestKeys::errorKindKeys_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::newRow("invalid id") << int(ErrorKind::InvalidId) << u"invalid_id"_s;
    QTest::newRow("not found") << int(ErrorKind::NotFound) << u"not_found"_s;
    QTest::newRow("unauthorized") << int(ErrorKind::Unauthorized) << u"unauthorized"_s;
    QTest::newRow("forbidden") << int(ErrorKind::Forbidden) << u"forbidden"_s;
    QTest::newRow("rate limited") << int(ErrorKind::RateLimited) << u"rate_limited"_s;
    QTest::newRow("server error") << int(ErrorKind::ServerError) << u"server_error"_s;
    QTest::newRow("network") << int(ErrorKind::Network) << u"network"_s;
    QTest::newRow("timeout") << int(ErrorKind::Timeout) << u"timeout"_s;
    QTest::newRow("tls") << int(ErrorKind::Tls) << u"tls"_s;
    QTest::newRow("bad response") << int(ErrorKind::BadResponse) << u"bad_response"_s;
    QTest::newRow("keychain") << int(ErrorKind::Keychain) << u"keychain"_s;
    QTest::newRow("no account") << int(ErrorKind::NoAccount) << u"no_account"_s;
}

void TestKeys::errorKindKeys() {
    QFETCH(int, kind);
    QFETCH(QString, key);
    QCOMPARE(errorKindKey(ErrorKind(kind)), key);
    QCOMPARE(errorKindFromKey(key), std::optional<ErrorKind>(ErrorKind(kind)));
}

void TestKeys::unknownErrorKindKey() {
    QCOMPARE(errorKindFromKey(u"oops"_s), std::nullopt);
    QCOMPARE(errorKindFromKey(QString()), std::nullopt);
}

void TestKeys::modeKeys() {
    QCOMPARE(modeKey(Mode::Test), u"test"_s);
    QCOMPARE(modeKey(Mode::Live), u"live"_s);
    QCOMPARE(modeFromKey(u"test"_s), std::optional<Mode>(Mode::Test));
    QCOMPARE(modeFromKey(u"live"_s), std::optional<Mode>(Mode::Live));
    QCOMPARE(modeFromKey(u"sandbox"_s), std::nullopt);
}

void TestKeys::lookupErrorEquality() {
    LookupError a;
    a.kind = ErrorKind::NotFound;
    a.message = u"Checkout not found"_s;
    a.httpStatus = 404;
    a.accountsTried = {u"dz-test"_s};
    LookupError b = a;
    QVERIFY(a == b);
    b.requestId = u"req-1"_s;
    QVERIFY(!(a == b));
    b = a;
    b.retryAfterSeconds = 3;
    QVERIFY(!(a == b));
    b = a;
    b.accountsTried.append(u"dz-live"_s);
    QVERIFY(!(a == b));
}

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_Keys.moc"
