// A desktop citizen: every control a keyboard can reach has a name a screen reader can say
// (its text, accessibleName or a label's buddy), Tab walks the window in reading order, and the
// standard shortcuts do the standard things. Walks the main window with a checkout in the pane,
// and the accounts dialog.
#include "demo/DemoEnvironment.h"
#include "gui/accounts/AccountsDialog.h"
#include "gui/lookups/RecentLookupsModel.h"
#include "gui/window/MainWindow.h"
#include "network/LookupService.h"
#include "secrets/KeychainStore.h"
#include "storage/AccountStore.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QShortcut>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

QString describe(const QWidget *widget) {
    return QString::fromLatin1(widget->metaObject()->className()) + u' '
           + (widget->objectName().isEmpty() ? u"(no object name)"_s : widget->objectName());
}

// The controls Tab can reach, and what a screen reader would call them.
QStringList unnamedControls(const QWidget *root) {
    QStringList unnamed;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(widget);
    }
    return unnamed;
}

// The object names Tab visits from `start`, once round.
QStringList tabWalk(QWidget *start) {
    QStringList visited;
    start->setFocus(Qt::TabFocusReason);
    QWidget *current = QApplication::focusWidget();
    for (int i = 0; i < 80 && current; ++i) {
        visited << current->objectName();
        QTest::keyClick(current, Qt::Key_Tab);
        current = QApplication::focusWidget();
        if (current == start)
            break;
    }
    return visited;
}

// True when `names` appear in `walk` in this order (others may come between).
bool inOrder(const QStringList &walk, const QStringList &names) {
    qsizetype at = 0;
    for (const QString &name : names) {
        at = walk.indexOf(name, at);
        if (at < 0)
            return false;
    }
    return true;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_demo.start());
        m_lookups = std::make_unique<LookupService>(&m_nam, m_demo.keys());
        m_lookups->setAccounts(m_demo.accounts());
        MainWindowSetup setup;
        setup.lookups = m_lookups.get();
        setup.accounts = m_demo.accounts();
        setup.accountStore = &m_accountStore;
        setup.keychain = &m_keychain;
        setup.nam = &m_nam;
        m_window = std::make_unique<MainWindow>(setup);
        m_window->resize(1280, 760);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // A found checkout in the pane, so its copy and open buttons are there too.
        m_window->lookUp(m_demo.checkoutIds().mid(0, 3));
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
        QCOMPARE(m_window->lookupsModel()->rowCount(), 3);
    }

    void everyControlOfTheWindowAndPaneIsNamed() {
        const QStringList unnamed = unnamedControls(m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void everyControlOfTheAccountsDialogIsNamed() {
        AccountsDialog dialog(&m_accountStore, &m_keychain, &m_nam, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void tabFollowsTheReadingOrder() {
        activateWindow();
        auto *lookupField = m_window->findChild<QLineEdit *>(u"lookupField"_s);
        QVERIFY(lookupField);
        const QStringList walk = tabWalk(lookupField);
        const QStringList expected{u"lookupField"_s,  u"accountChooser"_s, u"lookupButton"_s,
                                   u"filterField"_s,  u"lookupsView"_s,    u"detailScroll"_s,
                                   u"copyUrlButton"_s};
        QVERIFY2(inOrder(walk, expected), qPrintable(walk.join(u" → "_s)));
        // Tab comes back round to where it started: no control keeps it.
        QVERIFY2(walk.size() < 80, qPrintable(walk.join(u" → "_s)));
    }

    void standardShortcuts() {
        activateWindow();
        const auto action = [this](const QString &name) {
            auto *found = m_window->findChild<QAction *>(name);
            return found ? found->shortcut() : QKeySequence();
        };
        QCOMPARE(action(u"actionQuit"_s), QKeySequence(QKeySequence::Quit));
        QVERIFY(!action(u"actionAccounts"_s).isEmpty());
        const QList<QKeySequence> preferences =
            QKeySequence::keyBindings(QKeySequence::Preferences);
        if (!preferences.isEmpty())
            QCOMPARE(action(u"actionAccounts"_s), preferences.first());
        QCOMPARE(action(u"copyRowsAction"_s), QKeySequence(QKeySequence::Copy));
        QCOMPARE(action(u"lookUpAgainAction"_s), QKeySequence(QKeySequence::Refresh));

        // Find puts the cursor in the filter, from anywhere in the window.
        auto *lookupField = m_window->findChild<QLineEdit *>(u"lookupField"_s);
        lookupField->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"filterField"_s);

        // Refresh looks the current checkout up again, wherever the focus is.
        lookupField->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence::Refresh);
        QCOMPARE(m_window->lookupsInProgress(), 1);
        QTRY_COMPARE(m_window->lookupsInProgress(), 0);
    }

private:
    void activateWindow() {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    DemoEnvironment m_demo;
    QNetworkAccessManager m_nam;
    AccountStore m_accountStore;
    KeychainStore m_keychain;
    std::unique_ptr<LookupService> m_lookups;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestAccessibility)
#include "tst_Accessibility.moc"
