// The pane's "Changed since the last lookup" marks and its timeline, offscreen, in Algiers
// time (UTC+1 all year). Screenshots go to /tmp/paydesk-shots.
#include "gui/detail/ChangesSection.h"
#include "gui/detail/CheckoutPane.h"
#include "gui/detail/TimelineSection.h"
#include "providers/orqex/OrqexParser.h"

#include "DarkPalette.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QStyleFactory>
#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

const QDateTime fixedNow(QDate(2026, 11, 21), QTime(18, 10), Qt::UTC);
const QString shotsDir = u"/tmp/paydesk-shots"_s;

Checkout sdkShape() {
    QFile file(QStringLiteral(PAYDESK_FIXTURES_DIR "/orqex/checkout_sdk_shape.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    Checkout checkout = parseOrqexCheckout(file.readAll(), fixedNow).value();
    checkout.account = u"orqex-sandbox"_s;
    return checkout;
}

// The same checkout a lookup earlier: still processing, another amount and no failure yet.
Checkout earlier() {
    Checkout before = sdkShape();
    before.status = CheckoutStatus::Processing;
    before.providerStatus = u"processing"_s;
    before.amount = *Money::fromDecimal(u"10000"_s, u"XOF"_s);
    before.attempt->status = u"processing"_s;
    before.attempt->failure.reset();
    before.customer->email = u"koffi@example.tg"_s;
    return before;
}

} // namespace

class TestPaneChangesTimeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("TZ", "Africa/Algiers");
        QDir().mkpath(shotsDir);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_light = QApplication::palette();
    }

    void init() {
        m_pane = std::make_unique<CheckoutPane>(nullptr);
        m_pane->setClock([] { return fixedNow; });
        m_pane->resize(560, 1100);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup() {
        m_pane.reset();
        QApplication::setPalette(m_light);
    }

    void everyChangedFieldShowsItsOldValue() {
        m_pane->setCheckout(sdkShape(), earlier());
        QVERIFY(shown("changesSection"));
        QCOMPARE(m_pane->markedChanges(),
                 (QList<CheckoutField>{CheckoutField::Status, CheckoutField::Amount,
                                       CheckoutField::AttemptStatus, CheckoutField::Failure,
                                       CheckoutField::CustomerEmail}));
        QVERIFY(text("changedStatus").contains(u"Failed"_s));
        QVERIFY(text("changedStatus").contains(u"was: <s>"_s));
        QVERIFY(text("changedStatus").contains(u"<s>Processing</s>"_s));
        QVERIFY(text("changedAmount").contains(u"12,500"_s));
        QVERIFY(text("changedAmount").contains(u"10,000"_s));
        QCOMPARE(find<QLabel>("changedAmount")->toolTip(), u"Before: XOF 10,000"_s);
        QVERIFY(text("changedFailure").contains(u"No routing rule"_s));
        QVERIFY(text("changedFailure").contains(u"none"_s));
        // The customer's e-mail went: the new value is "none", the old one struck through.
        QVERIFY(text("changedCustomerEmail").startsWith(u"\u202Anone"_s));
        QVERIFY(text("changedCustomerEmail").contains(u"koffi@example.tg"_s));
        QCOMPARE(find<QLabel>("changedCustomerEmail")->accessibleName(),
                 u"none, was koffi@example.tg"_s);
        // Fields that did not change have no row.
        QVERIFY(!shown("changedCustomerName"));
        QVERIFY(!shown("changedMethod"));
    }

    void serverTextIsEscaped() {
        Checkout before = sdkShape();
        before.customer->name = u"<b>Mallory</b>"_s;
        m_pane->setCheckout(sdkShape(), before);
        QVERIFY(text("changedCustomerName").contains(u"&lt;b&gt;Mallory&lt;/b&gt;"_s));
    }

    void noPreviousOrNoChangeMarksNothing() {
        m_pane->setCheckout(sdkShape(), earlier());
        QVERIFY(shown("changesSection"));
        m_pane->setCheckout(sdkShape(), sdkShape());
        QVERIFY(!shown("changesSection"));
        QVERIFY(m_pane->markedChanges().isEmpty());
        m_pane->setCheckout(sdkShape(), earlier());
        m_pane->clearChanges();
        QVERIFY(!shown("changesSection"));
        m_pane->setCheckout(sdkShape(), earlier());
        m_pane->setCheckout(sdkShape());
        QVERIFY(!shown("changesSection"));
    }

    void timelineInOrderWithExactAndRelativeTimes() {
        m_pane->setCheckout(sdkShape());
        auto *timeline = m_pane->findChild<TimelineSection *>();
        QVERIFY(timeline && timeline->isVisible());
        QStringList names;
        QStringList texts;
        for (QLabel *label : timeline->shownMoments()) {
            QVERIFY(label->isVisibleTo(m_pane.get()));
            names << label->objectName();
            texts << label->text();
        }
        QCOMPARE(names, (QStringList{u"createdAt"_s, u"attemptStartedAt"_s, u"processingAt"_s,
                                     u"failedAt"_s, u"expiresAt"_s}));
        // Algiers is UTC+1: 18:00 UTC reads 7:00:00 PM, to the second, with the zone.
        QVERIFY2(texts.at(0).startsWith(u"Nov 21, 2026, 7:00:00"_s), qPrintable(texts.at(0)));
        QVERIFY2(texts.at(0).endsWith(u"(10 minutes ago)"_s), qPrintable(texts.at(0)));
        QVERIFY2(texts.at(1).contains(u"7:00:55"_s), qPrintable(texts.at(1)));
        QVERIFY2(texts.at(2).contains(u"7:01:00"_s), qPrintable(texts.at(2)));
        QVERIFY2(texts.at(3).contains(u"7:01:30"_s), qPrintable(texts.at(3)));
        QVERIFY2(texts.at(3).endsWith(u"(8 minutes ago)"_s), qPrintable(texts.at(3)));
        QVERIFY2(texts.at(4).contains(u"8:00:00"_s), qPrintable(texts.at(4)));
        QVERIFY2(texts.at(4).endsWith(u"(in 50 minutes)"_s), qPrintable(texts.at(4)));
        QCOMPARE(find<QLabel>("failedAt")->toolTip(), u"2026-11-21T19:01:30+01:00"_s);
        QCOMPARE(caption("expiresAt"), u"Expires"_s);
        // The rows on screen read top to bottom in the same order.
        int lastY = -1;
        for (QLabel *label : timeline->shownMoments()) {
            QVERIFY(label->y() > lastY);
            lastY = label->y();
        }
    }

    void anExpiryPassedIsCalledExpiredAndRowsReorder() {
        Checkout checkout = sdkShape();
        checkout.status = CheckoutStatus::Expired;
        checkout.expiresAt = QDateTime(QDate(2026, 11, 21), QTime(18, 0, 30), Qt::UTC);
        m_pane->setCheckout(checkout);
        auto *timeline = m_pane->findChild<TimelineSection *>();
        QStringList names;
        for (QLabel *label : timeline->shownMoments())
            names << label->objectName();
        QCOMPARE(names, (QStringList{u"createdAt"_s, u"expiresAt"_s, u"attemptStartedAt"_s,
                                     u"processingAt"_s, u"failedAt"_s}));
        QCOMPARE(caption("expiresAt"), u"Expired"_s);
        QVERIFY(text("expiresAt").contains(u"ended 9 minutes ago"_s));
        int lastY = -1;
        for (QLabel *label : timeline->shownMoments()) {
            QVERIFY(label->y() > lastY);
            lastY = label->y();
        }
    }

    void screenshots_data() {
        QTest::addColumn<bool>("arabic");
        QTest::addColumn<bool>("dark");
        QTest::newRow("en light") << false << false;
        QTest::newRow("en dark") << false << true;
        QTest::newRow("ar light") << true << false;
        QTest::newRow("ar dark") << true << true;
    }

    void screenshots() {
        QFETCH(bool, arabic);
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(darkTestPalette());
        QCoreApplication::processEvents(); // the palette reaches the widgets
        if (arabic) {
            m_pane->setLayoutDirection(Qt::RightToLeft);
            m_pane->setLocale(QLocale(QLocale::Arabic, QLocale::Algeria));
        }
        m_pane->setCheckout(sdkShape(), earlier());
        QVERIFY(shown("changesSection"));
        // The tint follows the palette: lighter than the text in light, darker in dark.
        const QColor tint = m_pane->findChild<ChangesSection *>()->tint();
        const QColor textColour = m_pane->palette().color(QPalette::WindowText);
        QVERIFY(dark ? tint.lightness() < textColour.lightness()
                     : tint.lightness() > textColour.lightness());
        QWidget *contents = find<QWidget>("detailContents");
        contents->adjustSize();
        const QString name = u"pane-changes-timeline-%1-%2.png"_s.arg(
            arabic ? u"ar"_s : u"en"_s, dark ? u"dark"_s : u"light"_s);
        QVERIFY(contents->grab().save(shotsDir + u'/' + name));
    }

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
    QString caption(const char *name) {
        return m_pane->findChild<TimelineSection *>()->captionOf(find<QLabel>(name));
    }

    std::unique_ptr<CheckoutPane> m_pane;
    QPalette m_light;
};

QTEST_MAIN(TestPaneChangesTimeline)
#include "tst_PaneChangesTimeline.moc"
