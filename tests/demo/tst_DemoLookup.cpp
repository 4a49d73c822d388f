#include "demo/DemoEnvironment.h"
#include "network/LookupService.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Paydesk;

// `paydesk --demo` end to end below the UI: the lookup service, given only the demo's
// accounts and keys, finds every demo checkout on the demo server.
class TestDemoLookup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void findsEveryDemoCheckout();
    void reportsAnUnknownIdAsNotFound();

private:
    LookupOutcome lookUp(const QString &input);

    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<LookupService> m_service;
};

void TestDemoLookup::initTestCase() {
    qRegisterMetaType<LookupOutcome>();
    m_demo = std::make_unique<DemoEnvironment>();
    QVERIFY(m_demo->start());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_service = std::make_unique<LookupService>(m_nam.get(), m_demo->keys());
    m_service->setAccounts(m_demo->accounts());
}

void TestDemoLookup::cleanupTestCase() {
    m_service.reset();
    m_nam.reset();
    m_demo.reset();
}

LookupOutcome TestDemoLookup::lookUp(const QString &input) {
    LookupJob *job = m_service->lookup(input);
    QSignalSpy finished(job, &LookupJob::finished);
    if (!finished.wait(10000))
        return {};
    return finished.at(0).at(0).value<LookupOutcome>();
}

void TestDemoLookup::findsEveryDemoCheckout() {
    for (const QString &id : m_demo->checkoutIds()) {
        const LookupOutcome outcome = lookUp(id);
        QVERIFY2(outcome.result.ok(),
                 qPrintable(id + u": "_s
                            + (outcome.result.ok() ? QString() : outcome.result.error().message)));
        const Checkout &checkout = outcome.result.value();
        QCOMPARE(checkout.id, id);
        const bool orqex = id.startsWith(u"cs_"_s);
        QCOMPARE(checkout.account, orqex
                                       ? DemoEnvironment::accountName(QStringLiteral("orqex"))
                                       : DemoEnvironment::accountName(QStringLiteral("chargily")));
        QVERIFY(checkout.customer);
        if (!orqex) {
            // The customer's name comes from GET /customers/{id}, the items from their pages.
            QVERIFY2(!checkout.customer->name.isEmpty(), qPrintable(id));
        }
    }
    // The twelve items of the demo basket arrive over both pages.
    const LookupOutcome basket = lookUp(u"01hq7ag3bckkdjwbhp1g201cyf"_s);
    QVERIFY(basket.result.ok());
    QCOMPARE(basket.result.value().items.size(), 12);
}

void TestDemoLookup::reportsAnUnknownIdAsNotFound() {
    for (const QString &id : {u"cs_notInTheDemo1"_s, u"01hzzzzzzzzzzzzzzzzzzzzzzz"_s}) {
        const LookupOutcome outcome = lookUp(id);
        QVERIFY(!outcome.result.ok());
        QCOMPARE(outcome.result.error().kind, ErrorKind::NotFound);
    }
}

QTEST_MAIN(TestDemoLookup)
#include "tst_DemoLookup.moc"
