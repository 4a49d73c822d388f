// The checkout detail pane, offscreen: sections filled and hidden from each fixture, clipboard,
// error states, the expiry countdown and late images. Screenshots go to /tmp/paydesk-shots.
#include "gui/common/StatusStyle.h"
#include "gui/detail/AttemptSection.h"
#include "gui/detail/AvatarWidget.h"
#include "gui/detail/BadgeLabel.h"
#include "gui/detail/CheckoutPane.h"
#include "gui/detail/ItemsSection.h"
#include "gui/detail/MetadataSection.h"
#include "gui/detail/RawJsonSection.h"
#include "images/ImageLoader.h"
#include "providers/chargily/ChargilyParser.h"
#include "providers/orqex/OrqexParser.h"

#include "TestServers.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 21), QTime(18, 10), Qt::UTC);
const QString shotsDir = QStringLiteral("/tmp/paydesk-shots");

QByteArray fixture(const QString &path) {
    QFile file(QStringLiteral(PAYDESK_FIXTURES_DIR "/") + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return file.readAll();
}

Money money(const char *decimal, const char *currency) {
    return *Money::fromDecimal(QString::fromLatin1(decimal), QString::fromLatin1(currency));
}

// A checkout as the lookup service hands it over: parsed, with the Chargily customer and items
// fetched, and the account that found it.
Checkout fixtureCheckout(const QString &name) {
    if (name.startsWith(u"orqex/")) {
        Result<Checkout> result = parseOrqexCheckout(fixture(name + u".json"_s), fixedNow);
        if (!result)
            qFatal("fixture %s: %s", qPrintable(name), qPrintable(result.error().message));
        Checkout checkout = result.value();
        checkout.account = u"orqex-sandbox"_s;
        return checkout;
    }
    Result<Checkout> result = parseChargilyCheckout(fixture(name + u".json"_s));
    if (!result)
        qFatal("fixture %s: %s", qPrintable(name), qPrintable(result.error().message));
    Checkout checkout = result.value();
    checkout.account = checkout.mode == Mode::Live ? u"chargily-live"_s : u"chargily-test"_s;
    const Result<Customer> customer = parseChargilyCustomer(fixture(u"chargily/customer.json"_s));
    if (customer && checkout.customer && checkout.customer->id == customer.value().id)
        checkout.customer = customer.value();
    if (name.endsWith(u"checkout_docs_example")) {
        const Result<ChargilyItemsPage> items =
            parseChargilyItems(fixture(u"chargily/checkout_items.json"_s));
        if (items)
            checkout.items = items.value().items;
    }
    return checkout;
}

QByteArray pngBytes(const QColor &color) {
    QImage image(QSize(32, 32), QImage::Format_ARGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool hasDirectionMarks(const QString &text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x200E || u == 0x200F || u == 0x061C || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

} // namespace

class TestCheckoutPane : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fixtures_data();
    void fixtures();
    void rightToLeftScreenshot();
    void feesSharesNotSentSaySo();
    void headerTellsAnOpenCheckoutsFailedAttempt();
    void headerTellsWhenAFinalStatusWasReached();
    void onlyAnIdHidesEverySection();
    void handBuiltCheckoutFillsEverySection();
    void copyButtonsAndShortcutCopyRawValues();
    void shortcutWorksBesideTheListsAction();
    void errors_data();
    void errors();
    void retryEmitsTheInput();
    void loadingNamesTheInput();
    void fastAnswerNeverShowsTheLoadingPage();
    void anotherCheckoutIsPaintedOnceLaidOut();
    void rawJsonIsFilledWhenOpened();
    void expiryCountsDown();
    void lateImagesForAnotherCheckoutAreIgnored();
    void avatarLoadsThroughTheImageLoader();
    void remoteMethodIconFallsBackToNeutral();

private:
    template <typename T>
    T *find(const char *name) {
        T *child = m_pane->findChild<T *>(QString::fromLatin1(name));
        if (!child)
            qFatal("no child %s", name);
        return child;
    }
    QString text(const char *name) { return find<QLabel>(name)->text(); }
    bool shown(const char *name) { return find<QWidget>(name)->isVisibleTo(m_pane.get()); }
    void shoot(const QString &fileName);

    std::unique_ptr<CheckoutPane> m_pane;
    QDateTime m_now;
};

void TestCheckoutPane::initTestCase() {
    QDir().mkpath(shotsDir);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCheckoutPane::init() {
    m_now = fixedNow;
    m_pane = std::make_unique<CheckoutPane>(nullptr);
    m_pane->setClock([this] { return m_now; });
    m_pane->resize(560, 760);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestCheckoutPane::cleanup() {
    m_pane.reset();
}

void TestCheckoutPane::shoot(const QString &fileName) {
    // The whole content, not only what the scroll area shows.
    QWidget *contents = find<QWidget>("detailContents");
    contents->adjustSize();
    QWidget *page = m_pane->findChild<QWidget *>(u"detailScroll"_s);
    QWidget *target = page->isVisible() ? contents : m_pane.get();
    QVERIFY(target->grab().save(shotsDir + u'/' + fileName));
}

void TestCheckoutPane::fixtures_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<QStringList>("expected"); // objectName=text it contains

    QTest::newRow("Orqex, the API reference's example")
        << u"orqex/checkout_docs_example"_s
        << QStringList{u"customerSection"_s, u"attemptSection"_s,  u"timelineSection"_s,
                       u"linksSection"_s,    u"metadataSection"_s, u"rawJsonSection"_s}
        << QStringList{u"idLabel=cs_abc123"_s,
                       u"amountLabel=50"_s,
                       u"customerName=Awa Diallo"_s,
                       u"customerEmail=awa.diallo@example.com"_s,
                       u"methodLabel=MTN Mobile Money"_s,
                       u"gatewayReference=MTN-REF-0099"_s,
                       u"description=Order #1042"_s,
                       u"returnUrl=https://shop.example.com/return"_s,
                       u"checkoutUrl=https://pay.orqex.com/c/cs_abc123"_s,
                       u"paymentIdLabel=TRX1A2B3C4D"_s};
    QTest::newRow("Orqex, the SDK's shape with a failed attempt in USD")
        << u"orqex/checkout_sdk_shape"_s
        << QStringList{u"breakdownSection"_s, u"customerSection"_s, u"attemptSection"_s,
                       u"timelineSection"_s,  u"linksSection"_s,    u"rawJsonSection"_s}
        << QStringList{u"amountLabel=12,500"_s,
                       u"customerName=Koffi Mensah"_s,
                       u"failureCode=ROUTING_NOT_CONFIGURED"_s,
                       u"failureCategory=MERCHANT_CONFIG_ERROR"_s,
                       u"failover=backup gateway"_s,
                       u"attemptAmount=20.00"_s,
                       u"exchangeRate=1 XOF = 0.0016 USD"_s};
    QTest::newRow("Chargily, the docs' pending checkout with a discount and items")
        << u"chargily/checkout_docs_example"_s
        << QStringList{u"breakdownSection"_s, u"customerSection"_s, u"timelineSection"_s,
                       u"linksSection"_s,     u"itemsSection"_s,    u"rawJsonSection"_s}
        << QStringList{u"amountLabel=2,500.00"_s,
                       u"amountBeforeDiscount=5,000.00"_s,
                       u"discountValue=50%"_s,
                       u"amountAfterDiscount=2,500.00"_s,
                       u"customerName=Yacine Benali"_s,
                       u"customerPhone=+213555123456"_s,
                       u"successUrl=https://my-app.com/payments/success"_s,
                       u"failureUrl=https://my-app.com/payments/failure"_s};
    QTest::newRow("Chargily, a live paid checkout with split fees")
        << u"chargily/checkout_paid_edahabia"_s
        << QStringList{u"breakdownSection"_s, u"customerSection"_s, u"attemptSection"_s,
                       u"timelineSection"_s,  u"linksSection"_s,    u"metadataSection"_s,
                       u"rawJsonSection"_s}
        << QStringList{u"amountLabel=12,000.00"_s,
                       u"feesTotal=300.00"_s,
                       u"feesMerchant=150.00"_s,
                       u"feesCustomer=150.00"_s,
                       u"feesPaidBy=Split"_s,
                       u"description=Commande 58"_s,
                       u"customerId=01hkq3k0aa1b2c3d4e5f6g7h8j"_s};
}

void TestCheckoutPane::fixtures() {
    QFETCH(QString, name);
    QFETCH(QStringList, sections);
    QFETCH(QStringList, expected);
    const Checkout checkout = fixtureCheckout(name);
    m_pane->setCheckout(checkout);

    QVERIFY(shown("headerSection"));
    const QStringList all{u"breakdownSection"_s, u"customerSection"_s, u"attemptSection"_s,
                          u"timelineSection"_s,  u"linksSection"_s,    u"metadataSection"_s,
                          u"itemsSection"_s,     u"rawJsonSection"_s};
    for (const QString &section : all) {
        const bool visible = m_pane->findChild<QWidget *>(section)->isVisibleTo(m_pane.get());
        QVERIFY2(visible == sections.contains(section),
                 qPrintable(section + (visible ? u" shown"_s : u" hidden"_s)));
    }
    for (const QString &pair : expected) {
        const QString objectName = pair.section(u'=', 0, 0);
        const QString part = pair.section(u'=', 1);
        auto *label = m_pane->findChild<QLabel *>(objectName);
        QVERIFY2(label, qPrintable(objectName));
        QVERIFY2(label->isVisibleTo(m_pane.get()), qPrintable(objectName + u" hidden"_s));
        QVERIFY2(label->text().contains(part),
                 qPrintable(objectName + u": "_s + label->text() + u" lacks "_s + part));
    }
    // The status badge shows the normalized status in its colour.
    auto *badge = find<BadgeLabel>("statusBadge");
    QCOMPARE(badge->text(), statusText(checkout.status));
    QCOMPARE(badge->badge(), statusStyle(checkout.status));
    QCOMPARE(badge->colors().background,
             toneColors(statusStyle(checkout.status).tone, ToneWeight::Solid, badge->palette())
                 .background);
    QCOMPARE(find<BadgeLabel>("modeBadge")->isVisibleTo(m_pane.get()), checkout.mode.has_value());
    // The raw JSON, pretty-printed and read-only once the section is opened.
    auto *raw = find<QPlainTextEdit>("rawJson");
    find<QToolButton>("rawJsonToggle")->click();
    QVERIFY(raw->isReadOnly());
    QVERIFY(raw->toPlainText().contains(u"\n    \""_s));
    QVERIFY(raw->toPlainText().contains(checkout.id));
    find<QToolButton>("rawJsonToggle")->click(); // closed again, as the pane opens
    // The amount's tooltip has the exact decimal.
    if (checkout.amount)
        QVERIFY(
            find<QLabel>("amountLabel")->toolTip().contains(checkout.amount->toDecimalString()));

    const QString file = name;
    shoot(u"pane-"_s + QString(file).replace(u'/', u'-') + u"-en.png"_s);
}

void TestCheckoutPane::rightToLeftScreenshot() {
    m_pane->setLayoutDirection(Qt::RightToLeft);
    m_pane->setLocale(QLocale(QLocale::Arabic, QLocale::Algeria));
    const Checkout checkout = fixtureCheckout(u"chargily/checkout_paid_edahabia"_s);
    m_pane->setCheckout(checkout);
    QCOMPARE(find<QWidget>("headerSection")->layoutDirection(), Qt::RightToLeft);
    // The id reads left to right and copies without marks.
    find<QToolButton>("copyIdButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), checkout.id);
    find<QToolButton>("copyUrlButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), checkout.checkoutUrl.toString());
    QVERIFY(!hasDirectionMarks(QGuiApplication::clipboard()->text()));
    // Each badge shows its whole word, as sized.
    for (const char *name : {"statusBadge", "modeBadge"}) {
        auto *badge = find<BadgeLabel>(name);
        QCOMPARE(badge->shownText(), badge->text());
    }
    shoot(u"pane-chargily-checkout_paid_edahabia-ar.png"_s);
}

// A body with `fees` but no split the allocation determines: each side says "not sent", never
// a zero; an item without an amount too.
void TestCheckoutPane::feesSharesNotSentSaySo() {
    Checkout checkout = fixtureCheckout(u"chargily/checkout_paid_edahabia"_s);
    QVERIFY(checkout.fees);
    checkout.fees->merchant.reset();
    checkout.fees->customer.reset();
    CheckoutItem item;
    item.id = u"01hj5n3x0000000000000price1"_s;
    item.quantity = 2;
    checkout.items = {item};
    m_pane->setCheckout(checkout);
    for (const char *name : {"feesMerchant", "feesCustomer"}) {
        auto *label = find<QLabel>(name);
        QVERIFY2(label->isVisibleTo(m_pane.get()), name);
        QCOMPARE(label->text(), u"not sent"_s);
    }
    QVERIFY(find<QLabel>("feesTotal")->text().contains(u"300.00"_s));
    auto *items = find<QTableWidget>("itemsTable");
    QCOMPARE(items->item(0, 1)->text(), u"not sent"_s);
    QCOMPARE(items->item(0, 3)->text(), u"not sent"_s);
    shoot(u"pane-fees-not-sent.png"_s);
}

void TestCheckoutPane::headerTellsAnOpenCheckoutsFailedAttempt() {
    // The same attempt while the checkout is still open (the customer may try again).
    Checkout checkout = fixtureCheckout(u"orqex/checkout_sdk_shape"_s);
    QVERIFY(checkout.attempt && checkout.attempt->failure);
    checkout.status = CheckoutStatus::Open;
    m_pane->setCheckout(checkout);
    QCOMPARE(find<BadgeLabel>("statusBadge")->text(), u"Open"_s);
    QVERIFY(shown("statusStory"));
    QCOMPARE(text("statusStory"),
             u"Last attempt failed: No routing rule configured for this method."_s);
    QVERIFY(find<QLabel>("statusStory")->font().bold());
    shoot(u"pane-open-failed-attempt-en.png"_s);
}

void TestCheckoutPane::headerTellsWhenAFinalStatusWasReached() {
    Checkout checkout = fixtureCheckout(u"chargily/checkout_paid_edahabia"_s);
    QCOMPARE(checkout.status, CheckoutStatus::Paid);
    // Paid two hours before the pane's "now".
    checkout.updatedAt = fixedNow.addSecs(-2 * 3600);
    checkout.completedAt = {};
    m_pane->setCheckout(checkout);
    QCOMPARE(text("statusStory"), u"Paid 2 hours ago"_s);
    // The clock moves on: so does the text.
    m_now = fixedNow.addSecs(3600);
    m_pane->setClock([this] { return m_now; });
    QCOMPARE(text("statusStory"), u"Paid 3 hours ago"_s);
}

void TestCheckoutPane::onlyAnIdHidesEverySection() {
    Checkout checkout;
    checkout.id = u"cs_only"_s;
    m_pane->setCheckout(checkout);
    QVERIFY(shown("headerSection"));
    for (const char *section :
         {"breakdownSection", "customerSection", "attemptSection", "timelineSection",
          "linksSection", "metadataSection", "itemsSection", "rawJsonSection"})
        QVERIFY2(!shown(section), section);
    QVERIFY(!shown("paymentIdLabel"));
    QVERIFY(!shown("copyAmountButton"));
    QVERIFY(!shown("modeBadge"));
    // Nothing to copy: the shortcut leaves the clipboard alone.
    QGuiApplication::clipboard()->setText(u"before"_s);
    QVERIFY(!m_pane->copyCheckoutUrl());
    QCOMPARE(QGuiApplication::clipboard()->text(), u"before"_s);
}

void TestCheckoutPane::handBuiltCheckoutFillsEverySection() {
    Checkout checkout;
    checkout.id = u"01hzzzzzzzzzzzzzzzzzzzzzzz"_s;
    checkout.provider = QStringLiteral("chargily");
    checkout.mode = Mode::Test;
    checkout.status = CheckoutStatus::Pending;
    checkout.amount = money("5499.97", "DZD");
    checkout.amountBeforeDiscount = money("5999.97", "DZD");
    checkout.discount = Discount{DiscountType::Fixed, {}, money("500", "DZD")};
    checkout.items = {CheckoutItem{u"i1"_s, u"prod_a"_s, money("1999.99", "DZD"), 3},
                      CheckoutItem{u"i2"_s, u"prod_b"_s, money("0.01", "DZD"), 0}};
    checkout.metadata =
        QJsonArray{QJsonObject{{u"order"_s, u"7"_s}}, QJsonObject{{u"n"_s, 12}, {u"ok"_s, true}}};
    checkout.method = PaymentMethod{u"wave"_s, u"Wave"_s, u"mobile_money"_s, {}};
    checkout.attempt = Attempt{};
    checkout.attempt->status = u"processing"_s;
    checkout.createdAt = fixedNow.addSecs(-300);
    checkout.expiresAt = fixedNow.addSecs(1500);
    checkout.checkoutUrl = QUrl(u"https://pay.chargily.dz/test/checkouts/x/pay"_s);
    checkout.rawJson = "{\"id\":\"x\"}";
    m_pane->setCheckout(checkout);

    QCOMPARE(text("discountValue"),
             QString(QChar(0x2212))
                 + text("amountAfterDiscount").replace(u"5,499.97"_s, u"500.00"_s));
    auto *items = find<QTableWidget>("itemsTable");
    QCOMPARE(items->rowCount(), 2);
    QVERIFY(items->item(0, 3)->text().contains(u"5,999.97"_s));
    QCOMPARE(items->item(0, 3)->toolTip(), u"5999.97"_s);
    QCOMPARE(items->item(1, 3)->toolTip(), u"0.00"_s);
    QVERIFY(text("itemsTotal").contains(u"5,999.97"_s));
    auto *metadata = find<QTableWidget>("metadataTable");
    QCOMPARE(metadata->rowCount(), 3);
    QCOMPARE(metadata->item(0, 0)->text(), u"[0] order"_s);
    QCOMPARE(metadata->item(1, 1)->text(), u"12"_s);
    QCOMPARE(metadata->item(2, 1)->text(), u"true"_s);
    QVERIFY(text("createdAt").contains(u"5 minutes ago"_s));
    QVERIFY(find<QLabel>("createdAt")->toolTip().contains(u"2026-11-21T18:05:00Z"_s));
    QVERIFY(text("expiresAt").contains(u"expires in 25:00"_s));
    // An unknown method without an icon address: the neutral icon.
    QCOMPARE(m_pane->findChild<AttemptSection *>()->iconSource(), u":/icons/methods/neutral.svg"_s);
    QCOMPARE(text("methodLabel"), u"Wave (wave)"_s);
    shoot(u"pane-handbuilt-en.png"_s);
}

void TestCheckoutPane::copyButtonsAndShortcutCopyRawValues() {
    QApplication::setActiveWindow(m_pane.get());
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_pane->setLocale(QLocale(QLocale::Arabic, QLocale::Egypt));
    const Checkout checkout = fixtureCheckout(u"orqex/checkout_sdk_shape"_s);
    m_pane->setCheckout(checkout);
    QClipboard *clipboard = QGuiApplication::clipboard();

    clipboard->clear();
    find<QToolButton>("copyIdButton")->click();
    QCOMPARE(clipboard->text(), u"cs_q8Lm2"_s);
    find<QToolButton>("copyPaymentIdButton")->click();
    QCOMPARE(clipboard->text(), u"TRX9Z8Y7X6"_s);
    find<QToolButton>("copyUrlButton")->click();
    QCOMPARE(clipboard->text(), u"https://pay.orqex.com/c/cs_q8Lm2"_s);
    // The amount as interface.md's decimal, whatever the locale shows.
    find<QToolButton>("copyAmountButton")->click();
    QCOMPARE(clipboard->text(), u"12500"_s);

    clipboard->setText(u"something else"_s);
    QTest::keyClick(m_pane.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(clipboard->text(), u"https://pay.orqex.com/c/cs_q8Lm2"_s);
    QVERIFY(!hasDirectionMarks(clipboard->text()));
    // What is shown is formatted (Arabic digits and marks); never what is copied.
    QVERIFY(text("amountLabel") != checkout.amount->toDecimalString());

    // Not while an error is shown.
    clipboard->setText(u"kept"_s);
    LookupError error;
    error.kind = ErrorKind::ServerError;
    error.requestId = u"req_42"_s;
    m_pane->showError(u"cs_q8Lm2"_s, error);
    QTest::keyClick(m_pane.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(clipboard->text(), u"kept"_s);
    find<QToolButton>("copyRequestIdButton")->click();
    QCOMPARE(clipboard->text(), u"req_42"_s);
}

void TestCheckoutPane::shortcutWorksBesideTheListsAction() {
    // The window's list binds the same keys to "Copy checkout URL" while it has focus.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *list = new QLineEdit(&window);
    auto *action = new QAction(&window);
    connect(action, &QAction::triggered, this,
            [] { QGuiApplication::clipboard()->setText(u"from the list"_s); });
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    action->setShortcutContext(Qt::WidgetShortcut);
    list->addAction(action);
    auto *pane = new CheckoutPane(nullptr, &window);
    auto *other = new QLineEdit(&window);
    layout->addWidget(list);
    layout->addWidget(other);
    layout->addWidget(pane);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    pane->setCheckout(fixtureCheckout(u"orqex/checkout_docs_example"_s));
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QGuiApplication::clipboard()->setText(u"before"_s);
    // The list has focus: its action runs, once, and is not ambiguous.
    QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"from the list"_s);
    // Anywhere else in the window: the pane copies.
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    QTest::keyClick(other, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"https://pay.orqex.com/c/cs_abc123"_s);
}

void TestCheckoutPane::errors_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("explanation"); // a word the explanation must contain
    QTest::newRow("an id that is none") << int(ErrorKind::InvalidId) << u"Paste"_s;
    QTest::newRow("not found names the accounts")
        << int(ErrorKind::NotFound) << u"shop-a, shop-b"_s;
    QTest::newRow("a refused key") << int(ErrorKind::Unauthorized) << u"key"_s;
    QTest::newRow("forbidden") << int(ErrorKind::Forbidden) << u"key"_s;
    QTest::newRow("rate limited") << int(ErrorKind::RateLimited) << QString();
    QTest::newRow("a server error") << int(ErrorKind::ServerError) << QString();
    QTest::newRow("a network error") << int(ErrorKind::Network) << QString();
    QTest::newRow("a timeout") << int(ErrorKind::Timeout) << QString();
    QTest::newRow("TLS") << int(ErrorKind::Tls) << QString();
    QTest::newRow("a bad response") << int(ErrorKind::BadResponse) << QString();
    QTest::newRow("the keychain is unavailable") << int(ErrorKind::Keychain) << u"keychain"_s;
    QTest::newRow("no account") << int(ErrorKind::NoAccount) << u"accounts dialog"_s;
}

void TestCheckoutPane::errors() {
    QFETCH(int, kind);
    QFETCH(QString, explanation);
    LookupError error;
    error.kind = ErrorKind(kind);
    error.message = u"Message for %1"_s.arg(errorKindKey(error.kind));
    error.httpStatus = kind == int(ErrorKind::RateLimited) ? 429 : 0;
    error.requestId = kind == int(ErrorKind::ServerError) ? u"req_5xx"_s : QString();
    error.accountsTried = {u"shop-a"_s, u"shop-b"_s};
    error.retryAfterSeconds = kind == int(ErrorKind::RateLimited) ? 30 : -1;
    m_pane->showError(u"  cs_missing "_s, error);

    QVERIFY(shown("errorPage"));
    QCOMPARE(text("errorTitle"), errorKindText(error.kind));
    QCOMPARE(text("errorMessage"), error.message);
    QCOMPARE(text("errorInput"), u"cs_missing"_s);
    QCOMPARE(shown("errorHttpStatus"), error.httpStatus > 0);
    if (error.httpStatus > 0)
        QCOMPARE(text("errorHttpStatus"), u"429"_s);
    QCOMPARE(shown("errorRequestId"), !error.requestId.isEmpty());
    if (!error.requestId.isEmpty()) {
        QCOMPARE(text("errorRequestId"), u"req_5xx"_s);
        QVERIFY(find<QLabel>("errorRequestId")->textInteractionFlags() & Qt::TextSelectableByMouse);
    }
    QCOMPARE(text("errorAccounts"), u"shop-a, shop-b"_s);
    QCOMPARE(shown("errorRetryAfter"), error.retryAfterSeconds >= 0);
    QCOMPARE(shown("errorExplanation"), !explanation.isEmpty());
    if (!explanation.isEmpty())
        QVERIFY2(text("errorExplanation").contains(explanation),
                 qPrintable(text("errorExplanation")));
    QCOMPARE(shown("retryButton"), error.kind != ErrorKind::InvalidId);
    if (error.kind == ErrorKind::Keychain || error.kind == ErrorKind::NotFound)
        shoot(u"pane-error-"_s + errorKindKey(error.kind) + u"-en.png"_s);
}

void TestCheckoutPane::retryEmitsTheInput() {
    LookupError error;
    error.kind = ErrorKind::Timeout;
    error.message = u"No answer within 10 seconds."_s;
    m_pane->showError(u"cs_slow"_s, error);
    QSignalSpy retry(m_pane.get(), &CheckoutPane::retryRequested);
    find<QPushButton>("retryButton")->click();
    QCOMPARE(retry.count(), 1);
    QCOMPARE(retry.at(0).at(0).toString(), u"cs_slow"_s);
}

void TestCheckoutPane::loadingNamesTheInput() {
    QApplication::setActiveWindow(m_pane.get());
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_pane->setCheckout(fixtureCheckout(u"orqex/checkout_sdk_shape"_s));
    QElapsedTimer sinceAsked;
    sinceAsked.start();
    m_pane->showLoading(u"01hj5n7cqpaf0mt2d0xx85tgz8"_s);
    // The checkout shown before stays for a moment, but its URL is no longer what
    // Ctrl+Shift+C copies.
    QVERIFY(shown("detailScroll"));
    QVERIFY(!shown("loadingPage"));
    QVERIFY(!m_pane->copyCheckoutUrl());
    QGuiApplication::clipboard()->setText(u"kept"_s);
    QTest::keyClick(m_pane.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"kept"_s);

    QTRY_VERIFY_WITH_TIMEOUT(shown("loadingPage"), 5000);
    // The delay's timer is a coarse one, which Qt may fire up to 5% early.
    QVERIFY2(sinceAsked.elapsed() >= CheckoutPane::loadingDelay.count() * 95 / 100,
             qPrintable(QString::number(sinceAsked.elapsed())));
    QVERIFY(text("loadingLabel").contains(u"01hj5n7cqpaf0mt2d0xx85tgz8"_s));
    // Asked again while it shows: it stays, naming the new input.
    m_pane->showLoading(u"cs_q8Lm2"_s);
    QVERIFY(shown("loadingPage"));
    QVERIFY(text("loadingLabel").contains(u"cs_q8Lm2"_s));
    m_pane->clear();
    QVERIFY(shown("emptyPage"));
}

void TestCheckoutPane::fastAnswerNeverShowsTheLoadingPage() {
    auto *stack = find<QStackedWidget>("stack");
    QWidget *loadingPage = find<QWidget>("loadingPage");
    QList<QWidget *> pagesShown;
    connect(stack, &QStackedWidget::currentChanged, this,
            [&](int index) { pagesShown << stack->widget(index); });

    m_pane->showLoading(u"cs_q8Lm2"_s);
    m_pane->setCheckout(fixtureCheckout(u"orqex/checkout_sdk_shape"_s));
    LookupError error;
    error.kind = ErrorKind::NotFound;
    m_pane->showLoading(u"cs_missing"_s);
    m_pane->showError(u"cs_missing"_s, error);
    m_pane->showLoading(u"cs_cleared"_s);
    m_pane->clear();
    QTest::qWait(2 * static_cast<int>(CheckoutPane::loadingDelay.count()));
    QVERIFY(!pagesShown.contains(loadingPage));
    QCOMPARE(pagesShown,
             (QList<QWidget *>{find<QWidget>("detailScroll"), find<QWidget>("errorPage"),
                               find<QWidget>("emptyPage")}));
    QVERIFY(shown("emptyPage"));
}

void TestCheckoutPane::anotherCheckoutIsPaintedOnceLaidOut() {
    // Counts what a widget is sent: paints, and hides of rows that should stay shown.
    class EventCount : public QObject {
    public:
        explicit EventCount(QEvent::Type type)
            : m_type(type) {}
        int count = 0;

    protected:
        bool eventFilter(QObject *, QEvent *event) override {
            if (event->type() == m_type)
                ++count;
            return false;
        }

    private:
        QEvent::Type m_type;
    };
    // Tall enough for either checkout: no scroll bar comes or goes (Qt shows and hides those
    // in a later pass of the event loop, which repaints them).
    m_pane->resize(560, 1800);
    m_pane->setCheckout(fixtureCheckout(u"orqex/checkout_docs_example"_s));
    EventCount createdPaints(QEvent::Paint); // painted later, from the event loop
    find<QLabel>("createdAt")->installEventFilter(&createdPaints);
    // The first checkout on screen (however long a loaded machine takes), and settled.
    QTRY_VERIFY(createdPaints.count > 0);
    QTest::qWait(50);
    createdPaints.count = 0;
    EventCount nameHides(QEvent::Hide);
    find<QLabel>("customerName")->installEventFilter(&nameHides);

    // Other sections, other rows: every layout it changes is done before the pane is painted,
    // so the new creation time is painted once, not again as each level of the layout
    // settles.
    m_pane->setCheckout(fixtureCheckout(u"orqex/checkout_sdk_shape"_s));
    QTRY_VERIFY(createdPaints.count > 0);
    QTest::qWait(100); // a repaint as a layout settles would have come by now
    QCOMPARE(createdPaints.count, 1);
    QVERIFY(text("amountLabel").contains(u"12,500"_s));
    QVERIFY(shown("breakdownSection"));
    QVERIFY(!shown("metadataSection"));
    // The customer's name, shown before and after, was never hidden in between.
    QCOMPARE(nameHides.count, 0);
    QVERIFY(shown("customerName"));
    QCOMPARE(text("customerName"), u"Koffi Mensah"_s);
}

void TestCheckoutPane::rawJsonIsFilledWhenOpened() {
    const Checkout first = fixtureCheckout(u"orqex/checkout_docs_example"_s);
    const Checkout second = fixtureCheckout(u"chargily/checkout_paid_edahabia"_s);
    m_pane->setCheckout(first);
    auto *raw = find<QPlainTextEdit>("rawJson");
    auto *toggle = find<QToolButton>("rawJsonToggle");
    QVERIFY(shown("rawJsonSection"));
    QVERIFY(!shown("rawJson"));
    QVERIFY(raw->toPlainText().isEmpty()); // not indented nor laid out while closed

    toggle->click();
    QVERIFY(shown("rawJson"));
    QVERIFY(raw->toPlainText().contains(first.id));
    // Open, it follows the checkout shown.
    m_pane->setCheckout(second);
    QVERIFY(raw->toPlainText().contains(second.id));
    QVERIFY(!raw->toPlainText().contains(first.id));
    // Closed again: the next checkout's body waits until it is opened.
    toggle->click();
    m_pane->setCheckout(first);
    QVERIFY(raw->toPlainText().isEmpty());
    toggle->click();
    QVERIFY(raw->toPlainText().contains(first.id));
    QCOMPARE(raw->toPlainText(), RawJsonSection::prettyJson(first.rawJson));
}

void TestCheckoutPane::expiryCountsDown() {
    Checkout checkout;
    checkout.id = u"cs_open"_s;
    checkout.status = CheckoutStatus::Open;
    checkout.createdAt = fixedNow.addSecs(-60);
    checkout.expiresAt = fixedNow.addSecs(30 * 60);
    m_pane->setCheckout(checkout);
    auto *timer = m_pane->findChild<QTimer *>(u"expiryTimer"_s);
    QVERIFY(timer);
    QVERIFY(timer->isActive());
    QVERIFY(text("expiresAt").contains(u"expires in 30:00"_s));
    m_now = fixedNow.addSecs(65);
    QTRY_VERIFY_WITH_TIMEOUT(text("expiresAt").contains(u"expires in 28:55"_s), 3000);
    QVERIFY(text("createdAt").contains(u"2 minutes ago"_s));

    // Hidden: no ticking.
    m_pane->hide();
    QVERIFY(!timer->isActive());
    m_pane->show();
    QVERIFY(timer->isActive());
    // Past the deadline: it stops and says so.
    m_now = fixedNow.addSecs(31 * 60);
    QTRY_VERIFY_WITH_TIMEOUT(text("expiresAt").contains(u"ended 1 minute ago"_s), 3000);
    QVERIFY(!timer->isActive());
    // A paid checkout does not count down.
    checkout.status = CheckoutStatus::Paid;
    m_now = fixedNow;
    m_pane->setCheckout(checkout);
    QVERIFY(!timer->isActive());
    QVERIFY(!text("expiresAt").contains(u"expires in"_s));
}

void TestCheckoutPane::lateImagesForAnotherCheckoutAreIgnored() {
    QNetworkAccessManager nam;
    QTemporaryDir cache;
    ImageLoader loader(&nam, cache.path());
    CheckoutPane pane(&loader);
    const QUrl first(u"https://cdn.invalid/a.png"_s);
    const QUrl second(u"https://cdn.invalid/b.png"_s);
    Checkout checkout;
    checkout.id = u"cs_a"_s;
    checkout.customer = Customer{u"cus_1"_s, u"Awa Diallo"_s, {}, {}, first};
    pane.setCheckout(checkout);
    checkout.id = u"cs_b"_s;
    checkout.customer = Customer{u"cus_2"_s, u"Koffi Mensah"_s, {}, {}, second};
    pane.setCheckout(checkout);
    auto *avatar = pane.findChild<AvatarWidget *>(u"customerAvatar"_s);
    QCOMPARE(avatar->initials(), u"KM"_s);

    QImage red(8, 8, QImage::Format_ARGB32);
    red.fill(Qt::red);
    Q_EMIT loader.imageReady(first, red); // the first checkout's, late
    QVERIFY(!avatar->hasImage());
    Q_EMIT loader.imageReady(second, red);
    QVERIFY(avatar->hasImage());
    Q_EMIT loader.imageFailed(first, u"late"_s);
    QVERIFY(avatar->hasImage());
}

void TestCheckoutPane::avatarLoadsThroughTheImageLoader() {
    Test::HttpTestServer server;
    const QByteArray png = pngBytes(QColor(0x33, 0x99, 0xff));
    server.setHandler([&](const QHttpServerRequest &request) {
        if (request.url().path() == u"/missing.png")
            return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        return QHttpServerResponse("image/png", png, QHttpServerResponse::StatusCode::Ok);
    });
    QNetworkAccessManager nam;
    QTemporaryDir cache;
    ImageLoader loader(&nam, cache.path());
    loader.setAccountOrigins([&server](const QString &) { return server.url(); });
    CheckoutPane pane(&loader);
    Checkout checkout = fixtureCheckout(u"orqex/checkout_docs_example"_s);
    checkout.customer->avatarUrl = server.url(u"/avatar.png"_s);
    QSignalSpy ready(&loader, &ImageLoader::imageReady);
    pane.setCheckout(checkout);
    auto *avatar = pane.findChild<AvatarWidget *>(u"customerAvatar"_s);
    QVERIFY(ready.wait(5000));
    QVERIFY(avatar->hasImage());

    // A failing avatar leaves the initials.
    checkout.customer->avatarUrl = server.url(u"/missing.png"_s);
    QSignalSpy failed(&loader, &ImageLoader::imageFailed);
    pane.setCheckout(checkout);
    QVERIFY(!avatar->hasImage());
    QVERIFY(failed.wait(5000));
    QVERIFY(!avatar->hasImage());
    QCOMPARE(avatar->initials(), u"AD"_s);
}

void TestCheckoutPane::remoteMethodIconFallsBackToNeutral() {
    Test::HttpTestServer server;
    const QByteArray png = pngBytes(Qt::darkGreen);
    server.setHandler([&](const QHttpServerRequest &request) {
        if (request.url().path() == u"/broken.png")
            return QHttpServerResponse("text/plain", "nope", QHttpServerResponse::StatusCode::Ok);
        return QHttpServerResponse("image/png", png, QHttpServerResponse::StatusCode::Ok);
    });
    QNetworkAccessManager nam;
    QTemporaryDir cache;
    ImageLoader loader(&nam, cache.path());
    loader.setAccountOrigins([&server](const QString &) { return server.url(); });
    CheckoutPane pane(&loader);
    Checkout checkout;
    checkout.id = u"cs_m"_s;
    checkout.method = PaymentMethod{u"wave"_s, u"Wave"_s, {}, server.url(u"/wave.png"_s)};
    QSignalSpy ready(&loader, &ImageLoader::imageReady);
    pane.setCheckout(checkout);
    // The sections are made with the first checkout shown.
    auto *attempt = pane.findChild<AttemptSection *>();
    QVERIFY(attempt);
    QCOMPARE(attempt->iconSource(), u":/icons/methods/neutral.svg"_s);
    QVERIFY(ready.wait(5000));
    QCOMPARE(attempt->iconSource(), u"remote"_s);

    checkout.method->iconUrl = server.url(u"/broken.png"_s);
    QSignalSpy failed(&loader, &ImageLoader::imageFailed);
    pane.setCheckout(checkout);
    QVERIFY(failed.wait(5000));
    QCOMPARE(attempt->iconSource(), u":/icons/methods/neutral.svg"_s);

    // A code the checkout's provider knows uses its bundled icon and waits for no remote one.
    checkout.provider = u"chargily"_s;
    checkout.method = PaymentMethod{u"cib"_s, u"CIB"_s, {}, server.url(u"/cib.png"_s)};
    pane.setCheckout(checkout);
    QCOMPARE(attempt->iconSource(), u":/providers/chargily/icons/cib.svg"_s);
    QVERIFY(attempt->iconUrl().isEmpty());
}

QTEST_MAIN(TestCheckoutPane)
#include "tst_CheckoutPane.moc"
