#include "domain/Account.h"

#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;

class TestAccount : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loopbackHost_data();
    void loopbackHost();
    void baseUrl_data();
    void baseUrl();
    void accountName_data();
    void accountName();
    void equality();
};

void TestAccount::loopbackHost_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("anywhere in 127.0.0.0/8") << u"127.45.6.254"_s << true;
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("localhost in capitals") << u"LOCALHOST"_s << true;
    QTest::newRow("IPv6 loopback") << u"::1"_s << true;
    QTest::newRow("IPv6 loopback in brackets") << u"[::1]"_s << true;
    QTest::newRow("IPv6 loopback written out") << u"0:0:0:0:0:0:0:1"_s << true;
    QTest::newRow("128.0.0.1 is not loopback") << u"128.0.0.1"_s << false;
    QTest::newRow("octet over 255") << u"127.0.0.256"_s << false;
    QTest::newRow("three octets") << u"127.0.1"_s << false;
    QTest::newRow("a name that starts like loopback") << u"127.0.0.1.evil.example"_s << false;
    QTest::newRow("a name that contains localhost") << u"localhost.evil.example"_s << false;
    QTest::newRow("IPv6 unspecified") << u"::"_s << false;
    QTest::newRow("IPv6 other address") << u"::2"_s << false;
    QTest::newRow("public name") << u"api.orqex.com"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestAccount::loopbackHost() {
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(isLoopbackHost(host), loopback);
}

void TestAccount::baseUrl_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("problemPart"); // empty: accepted

    QTest::newRow("https with a path") << u"https://api.orqex.com/v1"_s << QString();
    QTest::newRow("https with a port") << u"https://sandbox.example:8443/api"_s << QString();
    QTest::newRow("http on 127.0.0.1") << u"http://127.0.0.1:8080/orqex/v1"_s << QString();
    QTest::newRow("http on localhost") << u"http://localhost:9000"_s << QString();
    QTest::newRow("http on [::1]") << u"http://[::1]:9000/api"_s << QString();
    QTest::newRow("http on a public host") << u"http://api.orqex.com/v1"_s << u"https://"_s;
    QTest::newRow("http on a name ending in a loopback address")
        << u"http://127.0.0.1.nip.io/v1"_s << u"https://"_s;
    QTest::newRow("ftp scheme") << u"ftp://api.orqex.com/v1"_s << u"https://"_s;
    QTest::newRow("no scheme") << u"api.orqex.com/v1"_s << u"https://"_s;
    QTest::newRow("no host") << u"https:///v1"_s << u"host"_s;
    QTest::newRow("user info") << u"https://user:pass@api.orqex.com/v1"_s << u"user name"_s;
    QTest::newRow("query") << u"https://api.orqex.com/v1?x=1"_s << u"query"_s;
    QTest::newRow("fragment") << u"https://api.orqex.com/v1#x"_s << u"fragment"_s;
    QTest::newRow("empty") << QString() << u"empty"_s;
}

void TestAccount::baseUrl() {
    QFETCH(QString, url);
    QFETCH(QString, problemPart);
    const std::optional<QString> problem = baseUrlProblem(QUrl(url));
    QCOMPARE(problem.has_value(), !problemPart.isEmpty());
    if (problem)
        QVERIFY2(problem->contains(problemPart), qPrintable(*problem));
}

void TestAccount::accountName_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters and a hyphen") << u"dz-test"_s << true;
    QTest::newRow("dots, underscores and digits") << u"shop.main_2"_s << true;
    QTest::newRow("one character") << u"a"_s << true;
    QTest::newRow("64 characters") << QString(64, u'a') << true;
    QTest::newRow("65 characters") << QString(65, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("a space") << u"dz test"_s << false;
    QTest::newRow("a slash") << u"dz/test"_s << false;
    QTest::newRow("non-ASCII letter") << u"caf\u00E9"_s << false;
    QTest::newRow("a newline") << u"dz\ntest"_s << false;
}

void TestAccount::accountName() {
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const std::optional<QString> problem = accountNameProblem(name);
    QCOMPARE(!problem.has_value(), valid);
    if (problem)
        QVERIFY(!problem->isEmpty());
}

void TestAccount::equality() {
    const Account a{u"dz-test"_s, QStringLiteral("chargily"), Mode::Test,
                    QUrl(u"https://pay.chargily.net/test/api/v2"_s)};
    Account b = a;
    QVERIFY(a == b);
    b.mode = Mode::Live;
    QVERIFY(!(a == b));
    b = a;
    b.baseUrl = QUrl(u"http://127.0.0.1:1/"_s);
    QVERIFY(!(a == b));
    b = a;
    b.name = u"other"_s;
    QVERIFY(!(a == b));
}

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_Account.moc"
