#include "DemoHttp.h"

#include "demo/DemoEnvironment.h"
#include "providers/chargily/ChargilyParser.h"
#include "providers/orqex/OrqexParser.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Paydesk;
using namespace Paydesk::Test;

namespace {

template <typename T>
QByteArray problem(const QString &what, const Result<T> &result) {
    return (what + u": "_s + (result.ok() ? QString() : result.error().message)).toUtf8();
}

} // namespace

// Every bundled demo checkout, fetched over HTTP and read with the domain parsers: the demo
// shows every status, method, discount type and fee payer, and both Orqex shapes.
class TestDemoData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void everyCheckoutParses();
    void coversEveryStatus();
    void coversEveryMethod();
    void coversDiscountsAndFeePayers();
    void hasAttemptsInOtherCurrenciesAndFailures();
    void hasNamesInArabicAndFrenchWithAndWithoutAvatars();
    void hasBothOrqexShapes();
    void hasItemsOverSeveralPages();

private:
    QByteArray get(const QUrl &base, const QString &path, const QString &key);

    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QList<Checkout> m_checkouts;
    QList<Customer> m_chargilyCustomers;
    QList<QByteArray> m_orqexBodies;
};

QByteArray TestDemoData::get(const QUrl &base, const QString &path, const QString &key) {
    QUrl url = base;
    url.setPath(base.path() + path);
    const HttpAnswer answer = httpGet(*m_nam, url, bearer(key));
    if (answer.status != 200)
        qWarning() << "GET" << url.path() << "answered" << answer.status;
    return answer.status == 200 ? answer.body : QByteArray();
}

void TestDemoData::initTestCase() {
    m_demo = std::make_unique<DemoEnvironment>();
    QVERIFY(m_demo->start());
    m_nam = std::make_unique<QNetworkAccessManager>();
    DemoServer *server = m_demo->server();
    for (const QString &id : m_demo->checkoutIds()) {
        if (id.startsWith(u"cs_"_s)) {
            const QByteArray body =
                get(server->apiBaseUrl(QStringLiteral("orqex")), u"/payment/checkouts/"_s + id,
                    server->key(QStringLiteral("orqex")));
            m_orqexBodies.append(body);
            const Result<Checkout> checkout = parseOrqexCheckout(body, server->referenceTime());
            QVERIFY2(checkout.ok(), problem(id, checkout).constData());
            m_checkouts.append(checkout.value());
            continue;
        }
        const Result<Checkout> checkout = parseChargilyCheckout(
            get(server->apiBaseUrl(QStringLiteral("chargily")), u"/checkouts/"_s + id,
                server->key(QStringLiteral("chargily"))));
        QVERIFY2(checkout.ok(), problem(id, checkout).constData());
        m_checkouts.append(checkout.value());
        QVERIFY(checkout.value().customer);
        const Result<Customer> customer =
            parseChargilyCustomer(get(server->apiBaseUrl(QStringLiteral("chargily")),
                                      u"/customers/"_s + checkout.value().customer->id,
                                      server->key(QStringLiteral("chargily"))));
        QVERIFY2(customer.ok(), problem(id + u" customer"_s, customer).constData());
        m_chargilyCustomers.append(customer.value());
    }
}

void TestDemoData::cleanupTestCase() {
    m_nam.reset();
    m_demo.reset();
}

void TestDemoData::everyCheckoutParses() {
    const QStringList ids = m_demo->checkoutIds();
    QCOMPARE(m_checkouts.size(), ids.size());
    QVERIFY(m_checkouts.size() >= 12);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Checkout &checkout = m_checkouts.at(i);
        QCOMPARE(checkout.id, ids.at(i));
        QVERIFY2(checkout.status != CheckoutStatus::Unknown, qPrintable(checkout.id));
        QVERIFY2(checkout.amount && checkout.amount->isValid(), qPrintable(checkout.id));
        QVERIFY(checkout.mode.value_or(Mode::Test) == Mode::Test);
        QVERIFY(checkout.createdAt.isValid());
        QVERIFY2(checkout.checkoutUrl.toString().startsWith(m_demo->server()->baseUrl().toString()),
                 qPrintable(checkout.checkoutUrl.toString()));
        QVERIFY(checkout.customer);
    }
}

void TestDemoData::coversEveryStatus() {
    QSet<CheckoutStatus> statuses;
    bool actionRequired = false;
    for (const Checkout &checkout : std::as_const(m_checkouts)) {
        statuses.insert(checkout.status);
        // Orqex reports it on the attempt; the payment itself is still pending.
        if (checkout.status == CheckoutStatus::ActionRequired
            || (checkout.attempt && checkout.attempt->status == u"action_required"
                && checkout.attempt->nextActionType == u"approve_on_phone"
                && isStatusInProgress(checkout.status)))
            actionRequired = true;
    }
    for (CheckoutStatus status :
         {CheckoutStatus::Open, CheckoutStatus::Pending, CheckoutStatus::Processing,
          CheckoutStatus::Paid, CheckoutStatus::Failed, CheckoutStatus::Expired,
          CheckoutStatus::Canceled, CheckoutStatus::Refunded, CheckoutStatus::PartiallyRefunded})
        QVERIFY2(statuses.contains(status), qPrintable(statusKey(status)));
    QVERIFY(actionRequired);
}

void TestDemoData::coversEveryMethod() {
    QSet<QString> methods;
    for (const Checkout &checkout : std::as_const(m_checkouts)) {
        if (checkout.method)
            methods.insert(checkout.method->code);
    }
    for (const QString &code :
         {u"momo_mtn"_s, u"card"_s, u"edahabia"_s, u"cib"_s, u"chargily_app"_s})
        QVERIFY2(methods.contains(code), qPrintable(code));
}

void TestDemoData::coversDiscountsAndFeePayers() {
    bool percentage = false;
    bool fixed = false;
    QSet<QString> payers;
    for (const Checkout &checkout : std::as_const(m_checkouts)) {
        if (checkout.fees)
            payers.insert(checkout.fees->paidBy);
        if (!checkout.discount)
            continue;
        QVERIFY(checkout.amountBeforeDiscount);
        QVERIFY(*checkout.amount < *checkout.amountBeforeDiscount);
        const std::optional<Money> taken = checkout.amountBeforeDiscount->minus(*checkout.amount);
        QVERIFY(taken);
        QCOMPARE(checkout.discount->amount, *taken);
        if (checkout.discount->type == DiscountType::Percentage) {
            percentage = true;
            QVERIFY(!checkout.discount->percent.isEmpty());
        } else {
            fixed = true;
            QVERIFY(checkout.discount->percent.isEmpty());
        }
    }
    QVERIFY(percentage);
    QVERIFY(fixed);
    for (const QString &payer : {u"customer"_s, u"merchant"_s, u"split"_s})
        QVERIFY2(payers.contains(payer), qPrintable(payer));
}

void TestDemoData::hasAttemptsInOtherCurrenciesAndFailures() {
    QSet<QString> targets;
    bool failureWithCategory = false;
    bool failureWithCodeOnly = false;
    for (const Checkout &checkout : std::as_const(m_checkouts)) {
        if (checkout.exchangeRate && checkout.exchangeRate->from != checkout.exchangeRate->to) {
            QCOMPARE(checkout.exchangeRate->from, u"XOF"_s);
            QVERIFY(checkout.attempt && checkout.attempt->amount);
            QCOMPARE(checkout.attempt->amount->currency(), checkout.exchangeRate->to);
            targets.insert(checkout.exchangeRate->to);
        }
        if (checkout.status == CheckoutStatus::Failed
            && checkout.provider == QStringLiteral("orqex")) {
            QVERIFY(checkout.attempt && checkout.attempt->failure);
            QVERIFY(!checkout.attempt->failure->code.isEmpty());
            QVERIFY(!checkout.attempt->failure->message.isEmpty());
            if (checkout.attempt->failure->category.isEmpty())
                failureWithCodeOnly = true;
            else
                failureWithCategory = true;
        }
    }
    QVERIFY(targets.contains(u"USD"_s));
    QVERIFY(targets.contains(u"EUR"_s));
    QVERIFY(failureWithCategory);
    QVERIFY(failureWithCodeOnly);
}

void TestDemoData::hasNamesInArabicAndFrenchWithAndWithoutAvatars() {
    QSet<QString> names;
    int withAvatar = 0;
    int withoutAvatar = 0;
    for (const Checkout &checkout : std::as_const(m_checkouts)) {
        if (checkout.provider != QStringLiteral("orqex"))
            continue;
        names.insert(checkout.customer->name);
        if (checkout.customer->avatarUrl.isValid()) {
            ++withAvatar;
            QVERIFY(checkout.customer->avatarUrl.toString().startsWith(
                m_demo->server()->baseUrl().toString()));
        } else {
            ++withoutAvatar;
        }
    }
    for (const Customer &customer : std::as_const(m_chargilyCustomers))
        names.insert(customer.name);
    for (const QString &name : {u"ياسين بن علي"_s, u"فاطمة الزهراء"_s, u"Amélie Ndiaye"_s,
                                u"Awa Diallo"_s, u"Koffi Mensah"_s})
        QVERIFY2(names.contains(name), qPrintable(name));
    QVERIFY(withAvatar >= 3);
    QVERIFY(withoutAvatar >= 1);
}

void TestDemoData::hasBothOrqexShapes() {
    int docs = 0;
    int sdk = 0;
    for (const QByteArray &body : std::as_const(m_orqexBodies)) {
        if (body.contains("\"environment\""))
            ++sdk;
        else if (body.contains("\"customization\""))
            ++docs;
    }
    QVERIFY(docs >= 2);
    QVERIFY(sdk >= 2);
    QCOMPARE(docs + sdk, m_orqexBodies.size());
}

void TestDemoData::hasItemsOverSeveralPages() {
    DemoServer *server = m_demo->server();
    int multiPage = 0;
    for (const Checkout &checkout : std::as_const(m_checkouts)) {
        if (checkout.provider != QStringLiteral("chargily"))
            continue;
        const Result<ChargilyItemsPage> page = parseChargilyItems(get(
            server->apiBaseUrl(QStringLiteral("chargily")),
            u"/checkouts/"_s + checkout.id + u"/items"_s, server->key(QStringLiteral("chargily"))));
        QVERIFY2(page.ok(), problem(checkout.id, page).constData());
        if (page.value().lastPage > 1) {
            ++multiPage;
            QVERIFY(page.value().nextPageUrl.isValid());
            QCOMPARE(page.value().items.size(), server->pageSize());
        }
    }
    QVERIFY(multiPage >= 1);
}

QTEST_MAIN(TestDemoData)
#include "tst_DemoData.moc"
