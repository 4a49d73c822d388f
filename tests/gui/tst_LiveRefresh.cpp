// Live refresh in the window, with real lookups of a checkout on a 127.0.0.1 server whose
// answer goes from pending to paid, and the refresh clock moved by hand (nothing waits for a
// timer): backing off, stopping, the row tint, the desktop notification, the menu setting, and
// the marked change in the pane. Screenshots go to /tmp/paydesk-shots.
#include "gui/detail/CheckoutPane.h"
#include "gui/detail/TimelineSection.h"
#include "gui/live/RefreshScheduler.h"
#include "gui/lookups/RecentLookupsModel.h"
#include "gui/lookups/RecentLookupsView.h"
#include "gui/window/MainWindow.h"
#include "i18n/Translations.h"

#include "DarkPalette.h"
#include "LookupHarness.h"
#include "ManualRefreshClock.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace Paydesk;
using namespace Paydesk::Test;
using namespace Qt::StringLiterals;

namespace {

const QString checkoutId = u"cs_q8Lm2"_s;
const QString paidId = u"cs_paid1"_s;
const QString shotsDir = u"/tmp/paydesk-shots"_s;

// The SDK fixture as a pending checkout waiting for the customer to approve on the phone
// (action required), or paid with its attempt completed.
QByteArray checkoutBody(const QString &id, bool paid) {
    QJsonObject root =
        QJsonDocument::fromJson(fixture(u"orqex/checkout_sdk_shape.json"_s)).object();
    QJsonObject data = root.value(u"data"_s).toObject();
    QJsonObject checkout = data.value(u"checkout"_s).toObject();
    QJsonObject payment = data.value(u"payment"_s).toObject();
    QJsonObject attempt = payment.value(u"active_attempt"_s).toObject();
    checkout.insert(u"id"_s, id);
    checkout.insert(u"url"_s, QString(u"https://pay.orqex.com/c/"_s + id));
    checkout.insert(u"status"_s, paid ? u"completed"_s : u"open"_s);
    // Expiring an hour after now, so the pending one stays pending.
    checkout.insert(u"expires_at"_s,
                    QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate));
    payment.insert(u"status"_s, paid ? u"completed"_s : u"pending"_s);
    attempt.remove(u"failure"_s);
    attempt.remove(u"failed_at"_s);
    attempt.insert(u"status"_s, paid ? u"completed"_s : u"action_required"_s);
    attempt.insert(u"next_action"_s,
                   QJsonObject{{u"type"_s, paid ? u"none"_s : u"approve_on_phone"_s}});
    attempt.insert(u"action_required_at"_s, u"2026-11-21T18:01:10+00:00"_s);
    if (paid) {
        attempt.insert(u"completed_at"_s, u"2026-11-21T18:02:00+00:00"_s);
        payment.insert(u"completed_at"_s, u"2026-11-21T18:02:00+00:00"_s);
    }
    payment.insert(u"active_attempt"_s, attempt);
    data.insert(u"checkout"_s, checkout);
    data.insert(u"payment"_s, payment);
    root.insert(u"data"_s, data);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class TestLiveRefresh : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QDir().mkpath(shotsDir);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_light = QApplication::palette();
        m_server.setHandler([this](const QHttpServerRequest &request) {
            const QString path = request.url().path();
            if (path == u"/v1/payment/checkouts/"_s + checkoutId)
                return reply(200, checkoutBody(checkoutId, m_paid));
            if (path == u"/v1/payment/checkouts/"_s + paidId)
                return reply(200, checkoutBody(paidId, true));
            return reply(404, fixture(u"orqex/error_404.json"_s));
        });
        m_harness.addAccount(account(u"orqex-test"_s, u"orqex"_s, m_server.url(u"/v1"_s)));
    }

    void init() {
        m_paid = false;
        m_server.requests.clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() {
        m_window.reset();
        m_other.reset();
        m_clock.reset();
        QApplication::setPalette(m_light);
    }

    void backsOffWithRealLookups() {
        openWindow();
        m_window->lookUp({checkoutId});
        QTRY_COMPARE(model()->entry(0).state, LookupEntry::State::Found);
        QCOMPARE(model()->entry(0).checkout->status, CheckoutStatus::ActionRequired);
        QVERIFY(m_window->refreshScheduler()->isWatching(model()->entry(0).key));
        QCOMPARE(asked(), 1);
        // Nothing before 5 s, then one lookup at 5, 15, 35, 75, 135 and 195 s.
        m_clock->advanceMs(4'900);
        QTest::qWait(50);
        QCOMPARE(asked(), 1);
        int expected = 1;
        for (const qint64 gap : {100, 10'000, 20'000, 40'000, 60'000, 60'000}) {
            m_clock->advanceMs(gap - 1);
            QTest::qWait(50);
            QCOMPARE(asked(), expected);
            m_clock->advanceMs(1);
            ++expected;
            QTRY_COMPARE(asked(), expected);
            QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        }
        // Quiet: the row never showed "Loading…" and stays pending.
        QCOMPARE(model()->entry(0).state, LookupEntry::State::Found);
        QCOMPARE(model()->entry(0).checkout->status, CheckoutStatus::ActionRequired);
    }

    void stopsAtAFinalStatusAndMarksTheChange() {
        openWindow();
        m_window->lookUp({checkoutId});
        QTRY_COMPARE(model()->entry(0).state, LookupEntry::State::Found);
        const quint64 key = model()->entry(0).key;
        // Another row is shown, so the change is not seen yet.
        m_window->lookUp({paidId});
        QTRY_COMPARE(model()->entry(0).state, LookupEntry::State::Found);
        QCOMPARE(view()->currentEntry()->checkout->id, paidId);
        QVERIFY(!m_window->refreshScheduler()->isWatching(model()->entry(0).key)); // final

        m_paid = true;
        m_clock->advanceMs(5'000);
        const int row = model()->rowOfKey(key);
        QTRY_COMPARE(model()->entry(row).checkout->status, CheckoutStatus::Paid);
        QVERIFY(!m_window->refreshScheduler()->isWatching(key));
        QVERIFY(model()->entry(row).previous);
        QCOMPARE(model()->entry(row).previous->status, CheckoutStatus::ActionRequired);
        // The row is tinted with the palette's highlight over its base.
        const QVariant tint = model()->index(row, 0).data(Qt::BackgroundRole);
        QVERIFY(tint.canConvert<QColor>());
        QVERIFY(tint.value<QColor>() != QApplication::palette().color(QPalette::Base));
        const int before = asked();
        m_clock->advanceMs(3'600'000);
        QTest::qWait(50);
        QCOMPARE(asked(), before);

        // Shown with the window active: the pane marks the change, the row forgets it.
        view()->selectKey(key);
        auto *pane = m_window->findChild<CheckoutPane *>();
        QVERIFY(pane->markedChanges().contains(CheckoutField::Status));
        QVERIFY(pane->markedChanges().contains(CheckoutField::AttemptStatus));
        QVERIFY(pane->markedChanges().contains(CheckoutField::NextAction));
        auto *status = pane->findChild<QLabel *>(u"changedStatus"_s);
        QVERIFY(status->text().startsWith(u"Paid"_s));
        QVERIFY(status->text().contains(u"<s>Action required"_s));
        QVERIFY(!model()->entry(row).previous);
        QVERIFY(!model()->index(row, 0).data(Qt::BackgroundRole).isValid());
        // ... and still marked while it stays shown.
        QVERIFY(pane->findChild<QWidget *>(u"changesSection"_s)->isVisibleTo(pane));
        // The timeline has the new moments, in order.
        QStringList moments;
        for (QLabel *label : pane->findChild<TimelineSection *>()->shownMoments())
            moments << label->objectName();
        QCOMPARE(moments, (QStringList{u"createdAt"_s, u"attemptStartedAt"_s, u"processingAt"_s,
                                       u"actionRequiredAt"_s, u"completedAt"_s, u"expiresAt"_s}));
        // Another row and back: seen, no more marks.
        view()->selectKey(model()->entry(model()->rowOfId(paidId)).key);
        view()->selectKey(key);
        QVERIFY(pane->markedChanges().isEmpty());
    }

    void notifiesWhenTheWindowIsInTheBackground() {
        openWindow();
        m_window->lookUp({checkoutId});
        QTRY_COMPARE(model()->entry(0).state, LookupEntry::State::Found);
        const quint64 key = model()->entry(0).key;
        m_window->lookUp({paidId});
        QTRY_COMPARE(model()->rowCount(), 2);
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        // Another window takes the focus.
        m_other = std::make_unique<QWidget>();
        m_other->show();
        m_other->activateWindow();
        QTRY_VERIFY(!m_window->isActiveWindow());

        QSignalSpy notified(m_window.get(), &MainWindow::statusChangeNotified);
        m_clock->advanceMs(5'000); // still pending: nothing to say
        QTRY_COMPARE(asked(), 2);
        QTest::qWait(50);
        QCOMPARE(notified.size(), 0);
        m_paid = true;
        m_clock->advanceMs(10'000);
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toULongLong(), key);
        QCOMPARE(notified.first().at(1).toString(), u"Checkout cs_q8Lm2 is now Paid"_s);
        QCOMPARE(notified.first().at(2).toString(),
                 u"It was Action required. Click to open it in Paydesk."_s);
        // The row is tinted until seen; a click on the notification opens the checkout.
        QVERIFY(model()->index(model()->rowOfKey(key), 0).data(Qt::BackgroundRole).isValid());
        m_window->openNotifiedCheckout();
        QCOMPARE(view()->currentEntry()->key, key);
        QTRY_VERIFY(m_window->isActiveWindow());
        QTRY_VERIFY(!model()->entry(model()->rowOfKey(key)).previous);
        QVERIFY(
            m_window->findChild<CheckoutPane *>()->markedChanges().contains(CheckoutField::Status));
    }

    void stopsWhenTheRowIsRemoved() {
        openWindow();
        m_window->lookUp({checkoutId});
        QTRY_COMPARE(model()->entry(0).state, LookupEntry::State::Found);
        const quint64 key = model()->entry(0).key;
        QVERIFY(m_window->refreshScheduler()->isWatching(key));
        view()->selectKey(key);
        view()->removeAction()->trigger();
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(!m_window->refreshScheduler()->isWatching(key));
        m_clock->advanceMs(3'600'000);
        QTest::qWait(50);
        QCOMPARE(asked(), 1);
    }

    void theMenuTurnsItOffAndItIsRemembered() {
        openWindow();
        auto *action = m_window->findChild<QAction *>(u"actionLiveRefresh"_s);
        QVERIFY(action && action->isCheckable() && action->isChecked());
        QVERIFY(m_window->findChild<QMenu *>(u"menuFile"_s)->actions().contains(action));
        m_window->lookUp({checkoutId});
        QTRY_COMPARE(model()->entry(0).state, LookupEntry::State::Found);
        action->trigger();
        QVERIFY(!m_window->liveRefresh());
        QVERIFY(m_window->refreshScheduler()->watchedKeys().isEmpty());
        m_clock->advanceMs(3'600'000);
        QTest::qWait(50);
        QCOMPARE(asked(), 1);
        QCOMPARE(QSettings(settingsFile(), QSettings::IniFormat).value(u"LiveRefresh/enabled"_s),
                 QVariant(false));

        // A new window reads it; turned on again, the open rows are followed from 5 s.
        m_window.reset();
        openWindow();
        QVERIFY(!m_window->liveRefresh());
        QVERIFY(!m_window->findChild<QAction *>(u"actionLiveRefresh"_s)->isChecked());
        m_window->lookUp({checkoutId});
        QTRY_COMPARE(model()->entry(0).state, LookupEntry::State::Found);
        QCOMPARE(asked(), 2);
        m_window->setLiveRefresh(true);
        QVERIFY(m_window->refreshScheduler()->isWatching(model()->entry(0).key));
        m_clock->advanceMs(5'000);
        QTRY_COMPARE(asked(), 3);
    }

    void screenshots_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::newRow("en light") << u"en"_s << false;
        QTest::newRow("en dark") << u"en"_s << true;
        QTest::newRow("ar light") << u"ar"_s << false;
        QTest::newRow("ar dark") << u"ar"_s << true;
    }

    void screenshots() {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        qputenv("PAYDESK_LANG", language.toUtf8());
        installTranslations(*QCoreApplication::instance());
        QApplication::setPalette(dark ? darkTestPalette() : m_light);
        openWindow();
        m_window->resize(1366, 900);
        m_window->lookUp({checkoutId});
        QTRY_COMPARE(model()->entry(0).state, LookupEntry::State::Found);
        const quint64 key = model()->entry(0).key;
        m_window->lookUp({paidId});
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        m_paid = true;
        m_clock->advanceMs(5'000);
        QTRY_COMPARE(model()->entry(model()->rowOfKey(key)).checkout->status, CheckoutStatus::Paid);
        const QString suffix = language + (dark ? u"-dark"_s : u"-light"_s);
        // The tinted row, not yet seen.
        QVERIFY(m_window->grab().save(shotsDir + u"/live-row-changed-"_s + suffix + u".png"_s));
        view()->selectKey(key);
        auto *pane = m_window->findChild<CheckoutPane *>();
        QVERIFY(pane->markedChanges().contains(CheckoutField::Status));
        QVERIFY(m_window->grab().save(shotsDir + u"/live-window-changed-"_s + suffix + u".png"_s));
        QWidget *contents = pane->findChild<QWidget *>(u"detailContents"_s);
        contents->adjustSize();
        QVERIFY(contents->grab().save(shotsDir + u"/live-pane-changed-"_s + suffix + u".png"_s));
        qunsetenv("PAYDESK_LANG");
        installTranslations(*QCoreApplication::instance());
    }

private:
    void openWindow() {
        m_clock = std::make_unique<ManualRefreshClock>();
        MainWindowSetup setup;
        setup.lookups = &m_harness.service;
        setup.accounts = m_harness.accounts;
        setup.settingsFile = settingsFile();
        setup.refreshClock = m_clock.get();
        m_window = std::make_unique<MainWindow>(setup);
        m_window->resize(1200, 800);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    QString settingsFile() const { return m_dir->filePath(u"window.ini"_s); }
    RecentLookupsModel *model() const { return m_window->lookupsModel(); }
    RecentLookupsView *view() const { return m_window->findChild<RecentLookupsView *>(); }
    int asked() const { return m_server.count(u"/v1/payment/checkouts/"_s + checkoutId); }

    HttpTestServer m_server;
    LookupHarness m_harness;
    bool m_paid = false;
    QPalette m_light;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualRefreshClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QWidget> m_other;
};

QTEST_MAIN(TestLiveRefresh)
#include "tst_LiveRefresh.moc"
