#include "demo/DemoEnvironment.h"
#include "gui/accounts/AccountsDialog.h"
#include "gui/common/StatusStyle.h"
#include "gui/detail/BadgeLabel.h"
#include "gui/lookups/RecentLookupsModel.h"
#include "gui/lookups/RecentLookupsView.h"
#include "gui/window/MainWindow.h"
#include "network/LookupService.h"
#include "secrets/KeychainStore.h"
#include "storage/AccountStore.h"
#include "storage/HistoryStore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;
using Column = RecentLookupsModel::Column;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_demo.start());
        QVERIFY(m_demo.checkoutIds().size() >= 3);
        m_lookups = std::make_unique<LookupService>(&m_nam, m_demo.keys());
        m_lookups->setAccounts(m_demo.accounts());
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() {
        m_window.reset();
        m_history.reset();
        m_dir.reset();
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void aLookupFillsARowAndSelectsIt() {
        openWindow();
        const QString id = m_demo.checkoutIds().first();
        auto *field = find<QLineEdit>(u"lookupField"_s);
        QVERIFY(field->hasFocus());
        QTest::keyClicks(field, id);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(field->text(), QString());

        RecentLookupsModel *model = m_window->lookupsModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(m_window->lookupsInProgress(), 1);
        // Not at once: a lookup that answers within MainWindow::busyDelay shows no progress.
        QVERIFY(!find<QProgressBar>(u"busyIndicator"_s)->isVisible());
        QVERIFY(!find<QPushButton>(u"cancelButton"_s)->isVisible());

        QTRY_COMPARE(model->entry(0).state, LookupEntry::State::Found);
        QCOMPARE(model->entry(0).checkout->id, id);
        QVERIFY(!model->index(0, static_cast<int>(Column::Amount)).data().toString().isEmpty());
        auto *view = find<RecentLookupsView>(u"lookupsView"_s);
        QVERIFY(view->currentEntry());
        QCOMPARE(view->currentEntry()->checkout->id, id);
        QCOMPARE(m_window->lookupsInProgress(), 0);
        QVERIFY(!find<QProgressBar>(u"busyIndicator"_s)->isVisible());
        QVERIFY(!find<QPushButton>(u"cancelButton"_s)->isVisible());
    }

    void severalPastedIdsEachGetARowInTheOrderGiven() {
        openWindow();
        const QStringList ids = m_demo.checkoutIds().mid(0, 3);
        auto *field = find<QLineEdit>(u"lookupField"_s);
        field->setText(ids.join(u", "_s) + u"\n cs_notADemoCheckout"_s);
        QTest::keyClick(field, Qt::Key_Enter);
        RecentLookupsModel *model = m_window->lookupsModel();
        QCOMPARE(model->rowCount(), 4);
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model->entry(row).state, LookupEntry::State::Found);
            QCOMPARE(model->entry(row).checkout->id, ids.at(row));
        }
        QCOMPARE(model->entry(3).state, LookupEntry::State::Failed);
        QCOMPARE(model->entry(3).error.kind, ErrorKind::NotFound);
        QCOMPARE(model->index(3, static_cast<int>(Column::Status)).data().toString(),
                 u"Not found"_s);
        // The first id given is the one selected.
        QCOMPARE(find<RecentLookupsView>(u"lookupsView"_s)->currentEntry()->checkout->id,
                 ids.first());
    }

    void aPastedColumnOfIdsIsLookedUpWhole() {
        openWindow();
        const QStringList ids = m_demo.checkoutIds().mid(0, 3);
        QGuiApplication::clipboard()->setText(ids.join(u"\r\n"_s) + u"\n"_s);
        auto *field = find<QLineEdit>(u"lookupField"_s);
        QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(m_window->lookupsModel()->rowCount(), 3);
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(m_window->lookupsModel()->entry(row).checkout->id, ids.at(row));
    }

    void theChosenAccountIsUsed() {
        openWindow();
        auto *chooser = find<QComboBox>(u"accountChooser"_s);
        QCOMPARE(chooser->currentText(), u"Automatic"_s);
        QCOMPARE(chooser->count(), 1 + m_demo.accounts().size());
        // An Orqex id asked of the Chargily account alone is not found there.
        const QString orqexId = firstIdStartingWith(u"cs_"_s);
        chooser->setCurrentIndex(
            chooser->findData(DemoEnvironment::accountName(QStringLiteral("chargily"))));
        auto *field = find<QLineEdit>(u"lookupField"_s);
        QTest::keyClicks(field, orqexId);
        QTest::keyClick(field, Qt::Key_Return);
        RecentLookupsModel *model = m_window->lookupsModel();
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        QCOMPARE(model->entry(0).state, LookupEntry::State::Failed);
    }

    void lookingUpAgainReusesTheRowAndRefreshesThePane() {
        openWindow();
        const QString id = m_demo.checkoutIds().first();
        m_window->lookUp({id});
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        auto *view = find<RecentLookupsView>(u"lookupsView"_s);
        QSignalSpy shown(view, &RecentLookupsView::currentEntryChanged);
        view->lookUpAgainAction()->trigger();
        QCOMPARE(m_window->lookupsModel()->rowCount(), 1);
        QCOMPARE(m_window->lookupsInProgress(), 1);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(0).value<LookupEntry>().state, LookupEntry::State::Loading);
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(shown.at(1).at(0).value<LookupEntry>().state, LookupEntry::State::Found);
        QCOMPARE(m_window->lookupsModel()->rowCount(), 1);
        QVERIFY(m_window->findChild<QWidget *>(u"checkoutPane"_s));
    }

    // The operator reading further down the pane keeps the place when the checkout is
    // looked up again; another checkout starts at the top.
    void lookingUpAgainKeepsThePanesScrollPosition() {
        openWindow();
        m_window->resize(900, 420);
        const QStringList ids = m_demo.checkoutIds().mid(0, 2);
        m_window->lookUp(ids);
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        auto *view = find<RecentLookupsView>(u"lookupsView"_s);
        auto *scroll = find<QScrollArea>(u"detailScroll"_s);
        view->setCurrentIndex(view->model()->index(0, 0));
        QTRY_VERIFY(scroll->isVisible());
        QScrollBar *bar = scroll->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 100);
        const int position = bar->maximum() / 2;
        bar->setValue(position);
        const QString shown = view->currentEntry()->id;

        view->lookUpAgainAction()->trigger();
        QCOMPARE(m_window->lookupsInProgress(), 1);
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        QCOMPARE(view->currentEntry()->id, shown);
        QVERIFY(scroll->isVisible());
        QCOMPARE(bar->value(), position);
        QCoreApplication::processEvents(); // the pane's layout follows the new answer
        QCOMPARE(bar->value(), position);

        view->setCurrentIndex(view->model()->index(1, 0));
        QVERIFY(view->currentEntry()->id != shown);
        QCOMPARE(bar->value(), 0);
    }

    // A status, a mode and a failure read the same in the list, the pane and the account
    // chooser: the one word StatusStyle has for each.
    void oneWordForEachMeaningEverywhere() {
        openWindow();
        auto *chooser = find<QComboBox>(u"accountChooser"_s);
        for (const Account &account : m_demo.accounts()) {
            const int item = chooser->findData(account.name);
            QVERIFY(item > 0);
            QVERIFY2(chooser->itemText(item).contains(modeText(account.mode)),
                     qPrintable(chooser->itemText(item)));
        }

        const QString id = m_demo.checkoutIds().first();
        m_window->lookUp({id, u"not a checkout id!"_s});
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        auto *view = find<RecentLookupsView>(u"lookupsView"_s);
        RecentLookupsModel *model = m_window->lookupsModel();
        const int found = model->rowOfId(id);
        QVERIFY(found >= 0);
        const Checkout checkout = *model->entry(found).checkout;
        QVERIFY(checkout.mode);
        view->selectKey(model->entry(found).key);
        QCOMPARE(model->index(found, int(Column::Status)).data().toString(),
                 statusText(checkout.status));
        QCOMPARE(find<BadgeLabel>(u"statusBadge"_s)->text(), statusText(checkout.status));
        QCOMPARE(model->index(found, int(Column::Mode)).data().toString(),
                 modeText(*checkout.mode));
        QCOMPARE(find<BadgeLabel>(u"modeBadge"_s)->text(), modeText(*checkout.mode));

        const int failed = found == 0 ? 1 : 0;
        QCOMPARE(model->entry(failed).state, LookupEntry::State::Failed);
        QCOMPARE(model->entry(failed).error.kind, ErrorKind::InvalidId);
        view->selectKey(model->entry(failed).key);
        QCOMPARE(model->index(failed, int(Column::Status)).data().toString(),
                 errorKindText(ErrorKind::InvalidId));
        QCOMPARE(find<QLabel>(u"errorTitle"_s)->text(), errorKindText(ErrorKind::InvalidId));
    }

    void cancelStopsTheLookupsInProgress() {
        openWindow();
        m_window->lookUp(m_demo.checkoutIds().mid(0, 2));
        QCOMPARE(m_window->lookupsInProgress(), 2);
        QTest::mouseClick(find<QPushButton>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        QCOMPARE(m_window->lookupsModel()->rowCount(), 0);
        QVERIFY(!find<QProgressBar>(u"busyIndicator"_s)->isVisible());
    }

    void ctrlLFocusesTheLookupField() {
        openWindow();
        auto *filter = find<QLineEdit>(u"filterField"_s);
        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());
        auto *field = find<QLineEdit>(u"lookupField"_s);
        field->setText(u"cs_previous"_s);
        QTest::keyClick(filter, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
        QCOMPARE(field->selectedText(), u"cs_previous"_s);
    }

    void theFilterBoxFiltersTheTable() {
        openWindow();
        const QStringList ids = m_demo.checkoutIds().mid(0, 3);
        m_window->lookUp(ids);
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        auto *view = find<RecentLookupsView>(u"lookupsView"_s);
        QCOMPARE(view->model()->rowCount(), 3);
        QTest::keyClicks(find<QLineEdit>(u"filterField"_s), ids.at(1));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, static_cast<int>(Column::Id)).data().toString(),
                 ids.at(1));
    }

    void historySurvivesAReopen() {
        const QString path = m_dir->filePath(u"data/history.sqlite"_s);
        const QStringList ids = m_demo.checkoutIds().mid(0, 2);
        m_history = std::make_unique<HistoryStore>(path);
        openWindow();
        m_window->lookUp(ids);
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        m_window.reset();
        m_history.reset();

        m_history = std::make_unique<HistoryStore>(path);
        openWindow();
        RecentLookupsModel *model = m_window->lookupsModel();
        QCOMPARE(model->rowCount(), 2);
        QSet<QString> found;
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->entry(row).state, LookupEntry::State::Found);
            QVERIFY(!model->entry(row).checkout->account.isEmpty());
            found.insert(model->entry(row).checkout->id);
        }
        QCOMPARE(found, QSet<QString>(ids.cbegin(), ids.cend()));

        // No key reaches the file (nor its write-ahead log).
        QStringList keys;
        for (const Account &account : m_demo.accounts()) {
            m_demo.keys()->readKey(account.name, this,
                                   [&keys](const KeyResult &result) { keys << result.key; });
        }
        QTRY_COMPARE(keys.size(), m_demo.accounts().size());
        QByteArray stored;
        for (const QString &file : QStringList{path, path + u"-wal"_s}) {
            QFile bytes(file);
            if (bytes.open(QIODevice::ReadOnly))
                stored += bytes.readAll();
        }
        QVERIFY(stored.size() > 0);
        for (const QString &key : std::as_const(keys)) {
            QVERIFY(!key.isEmpty());
            QVERIFY(!stored.contains(key.toUtf8()));
        }

        // Removing a row forgets it in the history too.
        auto *view = find<RecentLookupsView>(u"lookupsView"_s);
        view->setCurrentIndex(view->model()->index(0, 0));
        view->removeAction()->trigger();
        QCOMPARE(m_history->count(), 1);
    }

    void anUnusableHistoryIsSaidAndLookupsStillWork() {
        QFile blocker(m_dir->filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^History create folder failed"_s));
        m_history = std::make_unique<HistoryStore>(m_dir->filePath(u"blocker/history.sqlite"_s));
        openWindow();
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"will not be remembered"_s));
        m_window->lookUp({m_demo.checkoutIds().first()});
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        QCOMPARE(m_window->lookupsModel()->entry(0).state, LookupEntry::State::Found);
    }

    void anUnreadableHistoryIsMovedAsideAndSaidWhere() {
        const QString path = m_dir->filePath(u"data/history.sqlite"_s);
        QVERIFY(QDir().mkpath(m_dir->filePath(u"data"_s)));
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'G'));
        garbage.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^History .* failed"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"moved to .*unreadable"_s));
        m_history = std::make_unique<HistoryStore>(path);
        QVERIFY(m_history->isOpen());
        openWindow();
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QDir::toNativeSeparators(m_history->movedAsidePath())),
                 qPrintable(message));
        m_window->lookUp({m_demo.checkoutIds().first()});
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        QCOMPARE(m_history->count(), 1);
    }

    void geometryAndSplitterPositionsAreRemembered() {
        openWindow();
        m_window->resize(1000, 640);
        auto *splitter = find<QSplitter>(u"mainSplitter"_s);
        splitter->setSizes({300, 680});
        const QList<int> sizes = splitter->sizes();
        m_window->close();
        m_window.reset();

        openWindow();
        QCOMPARE(m_window->size(), QSize(1000, 640));
        QCOMPARE(find<QSplitter>(u"mainSplitter"_s)->sizes(), sizes);
    }

    void theAccountsDialogOpensAndItsChangesReachTheChooser() {
        AccountStore store(m_dir->filePath(u"config/settings.ini"_s));
        KeychainStore keychain;
        m_accountStore = &store;
        m_keychain = &keychain;
        openWindow();
        m_accountStore = nullptr;
        m_keychain = nullptr;
        auto *chooser = find<QComboBox>(u"accountChooser"_s);
        QCOMPARE(chooser->count(), 1 + m_demo.accounts().size());

        QAction *accounts = find<QAction>(u"actionAccounts"_s);
        QVERIFY(accounts->isEnabled());
        accounts->trigger();
        auto *dialog = find<AccountsDialog>(u"accountsDialog"_s);
        QTRY_VERIFY(dialog->isVisible());

        Account added;
        added.name = u"dz-test"_s;
        added.provider = QStringLiteral("chargily");
        added.mode = Mode::Test;
        QCOMPARE(store.add(added), std::nullopt);
        Q_EMIT dialog->accountsChanged();
        QCOMPARE(chooser->count(), 2);
        QCOMPARE(chooser->itemData(1).toString(), u"dz-test"_s);
        QCOMPARE(m_lookups->accounts().size(), 1);
        dialog->reject();
        m_window.reset();
        m_lookups->setAccounts(m_demo.accounts());
    }

    void theDemoBannerAndMenuShowOnlyInDemoMode() {
        openWindow();
        QVERIFY(!find<QLabel>(u"demoBanner"_s)->isVisible());
        QVERIFY(!find<QAction>(u"actionAccounts"_s)->isEnabled());
        QVERIFY(!find<QMenu>(u"menuDemo"_s)->menuAction()->isVisible());
        m_window.reset();

        openWindow(u"Demo data: made up."_s);
        QVERIFY(find<QLabel>(u"demoBanner"_s)->isVisible());
        auto *menu = find<QMenu>(u"menuDemo"_s);
        QVERIFY(menu->menuAction()->isVisible());
        QAction *all = menu->actions().first();
        all->trigger();
        QCOMPARE(m_window->lookupsModel()->rowCount(), m_demo.checkoutIds().size());
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
    }

    void screenshots() {
        const QString dir = qEnvironmentVariable("PAYDESK_SHOTS_DIR", u"/tmp/paydesk-shots"_s);
        QVERIFY(QDir().mkpath(dir));
        for (const bool rightToLeft : {false, true}) {
            QApplication::setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
            openWindow(u"Demo data: these checkouts come from a built-in server with made-up "
                       "accounts. No real provider is asked."_s);
            m_window->resize(1280, 720);
            m_window->lookUp(m_demo.checkoutIds());
            QTRY_COMPARE(m_window->lookupsInProgress(), 0);
            const QString file =
                QDir(dir).filePath(rightToLeft ? u"window-ar.png"_s : u"window-en.png"_s);
            QVERIFY(m_window->grab().save(file));
            m_window.reset();
        }
    }

private:
    void openWindow(const QString &banner = {}) {
        MainWindowSetup setup;
        setup.lookups = m_lookups.get();
        setup.history = m_history.get();
        setup.accounts = m_demo.accounts();
        setup.settingsFile = m_dir->filePath(u"config/window.ini"_s);
        setup.accountStore = m_accountStore;
        setup.keychain = m_keychain;
        setup.nam = m_accountStore ? &m_nam : nullptr;
        if (!banner.isEmpty()) {
            setup.demoBanner = banner;
            setup.demoIds = m_demo.checkoutIds();
        }
        m_window = std::make_unique<MainWindow>(setup);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    template <typename T>
    T *find(const QString &name) const {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }

    QString firstIdStartingWith(const QString &prefix) const {
        for (const QString &id : m_demo.checkoutIds()) {
            if (id.startsWith(prefix))
                return id;
        }
        return {};
    }

    DemoEnvironment m_demo;
    QNetworkAccessManager m_nam;
    std::unique_ptr<LookupService> m_lookups;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_history;
    AccountStore *m_accountStore = nullptr;
    KeychainStore *m_keychain = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
