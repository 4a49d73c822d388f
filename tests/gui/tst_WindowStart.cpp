// The window's first frame comes before what it does not show yet: the fields' clear buttons
// arrive once the event loop runs, and the detail pane builds its sections when it first has a
// checkout to show. None of that may change what the operator sees: the first frame and the
// settled window are the same pixels, in English and Arabic, light and dark; and the clear
// buttons and the pane then work. Screenshots go to <build>/screenshots/window-start-*.png.
#include "DarkPalette.h"
#include "demo/DemoEnvironment.h"
#include "gui/common/DeferredIcon.h"
#include "gui/detail/CheckoutPane.h"
#include "gui/detail/DetailSection.h"
#include "gui/lookups/RecentLookupsView.h"
#include "gui/window/MainWindow.h"
#include "i18n/Translations.h"
#include "network/LookupService.h"

#include "FindChild.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Paydesk;
using Paydesk::Test::find;
using namespace Qt::StringLiterals;

namespace {

const QString shotsDir = QStringLiteral(PAYDESK_BINARY_DIR "/screenshots");

// QLineEdit's own name for the action behind its clear button.
const QString clearActionName = u"_q_qlineeditclearaction"_s;

} // namespace

class TestWindowStart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(QDir().mkpath(shotsDir));
        QVERIFY(m_demo.start());
        m_lookups = std::make_unique<LookupService>(&m_nam, m_demo.keys());
        m_lookups->setAccounts(m_demo.accounts());
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_light = QApplication::style()->standardPalette();
        // A steady text cursor, so two grabs of the focused field are comparable.
        QApplication::setCursorFlashTime(0);
    }

    void cleanupTestCase() {
        qunsetenv("PAYDESK_LANG");
        QLocale::setDefault(QLocale::c());
        QApplication::setPalette(m_light);
    }

    void firstFrameIsTheSettledWindow_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        for (const QString &language : {u"en"_s, u"ar"_s}) {
            QTest::newRow(qPrintable(language + u" light"_s)) << language << false;
            QTest::newRow(qPrintable(language + u" dark"_s)) << language << true;
        }
    }

    void firstFrameIsTheSettledWindow() {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        qputenv("PAYDESK_LANG", language.toUtf8());
        installTranslations(*QCoreApplication::instance());
        QApplication::setPalette(dark ? darkTestPalette() : m_light);

        MainWindow window(setup());
        window.show();
        auto *lookupField = find<QLineEdit>(&window, u"lookupField"_s);
        auto *filterField = find<QLineEdit>(&window, u"filterField"_s);
        // Shown, and the event loop has not run: no clear buttons in the first frame.
        QVERIFY(!lookupField->isClearButtonEnabled());
        QVERIFY(!filterField->isClearButtonEnabled());
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(lookupField->isClearButtonEnabled());
        QVERIFY(filterField->isClearButtonEnabled());
        QCoreApplication::processEvents();
        const QImage settled = window.grab().toImage();

        // The same window without them is the same picture: the first frame lost nothing.
        lookupField->setClearButtonEnabled(false);
        filterField->setClearButtonEnabled(false);
        QCoreApplication::processEvents();
        const QImage without = window.grab().toImage();

        const QString name = u"window-start-%1-%2"_s.arg(language, dark ? u"dark"_s : u"light"_s);
        QVERIFY(settled.save(QDir(shotsDir).filePath(name + u".png"_s)));
        QCOMPARE(without.size(), settled.size());
        if (without != settled)
            QVERIFY(without.save(QDir(shotsDir).filePath(name + u"-without.png"_s)));
        QVERIFY2(without == settled, qPrintable(name + u": the clear buttons change the window"_s));
    }

    // The window's style defers its standard icons (DeferredIcon.h): the same pixels, in the
    // window and in a menu bar too narrow for its menus, which draws its extension arrow.
    void deferredStandardIconsChangeNoPixel_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("narrowMenuBar");
        for (const QString &language : {u"en"_s, u"ar"_s}) {
            QTest::newRow(qPrintable(language + u" window"_s)) << language << false;
            QTest::newRow(qPrintable(language + u" narrow menu bar"_s)) << language << true;
        }
    }

    void deferredStandardIconsChangeNoPixel() {
        QFETCH(QString, language);
        QFETCH(bool, narrowMenuBar);
        qputenv("PAYDESK_LANG", language.toUtf8());
        installTranslations(*QCoreApplication::instance());
        QApplication::setPalette(m_light);
        const auto picture = [this, narrowMenuBar](QStyle *style) {
            QApplication::setStyle(style);
            std::unique_ptr<QWidget> widget;
            if (narrowMenuBar) {
                auto menuBar = std::make_unique<QMenuBar>();
                for (int i = 0; i < 8; ++i)
                    menuBar->addMenu(u"Menu %1"_s.arg(i));
                menuBar->setFixedWidth(120);
                widget = std::move(menuBar);
            } else {
                widget = std::make_unique<MainWindow>(setup());
            }
            widget->show();
            if (!QTest::qWaitForWindowExposed(widget.get()))
                return QImage();
            QCoreApplication::processEvents();
            const auto *arrow = widget->findChild<QToolButton *>(u"qt_menubar_ext_button"_s);
            if (!arrow || arrow->isVisible() != narrowMenuBar)
                return QImage();
            return widget->grab().toImage();
        };
        const QImage plain = picture(QStyleFactory::create(u"Fusion"_s));
        const QImage deferred = picture(new DeferredIconsStyle(u"Fusion"_s));
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QVERIFY(!plain.isNull());
        const QString name = u"window-start-deferred-icons-%1-%2"_s.arg(
            language, narrowMenuBar ? u"menu-bar"_s : u"window"_s);
        if (deferred != plain) {
            QVERIFY(plain.save(QDir(shotsDir).filePath(name + u"-plain.png"_s)));
            QVERIFY(deferred.save(QDir(shotsDir).filePath(name + u"-deferred.png"_s)));
        }
        QVERIFY2(deferred == plain,
                 qPrintable(name + u": the deferred icons change the picture"_s));
        if (narrowMenuBar)
            QVERIFY(plain.save(QDir(shotsDir).filePath(name + u".png"_s)));
    }

    void clearButtonsClearTheFields() {
        MainWindow window(setup());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = find<RecentLookupsView>(&window, u"lookupsView"_s);
        window.lookUp(m_demo.checkoutIds().mid(0, 3));
        QTRY_COMPARE(window.lookupsInProgress(), 0);
        QCOMPARE(view->model()->rowCount(), 3);

        for (const QString &fieldName : {u"filterField"_s, u"lookupField"_s}) {
            auto *field = find<QLineEdit>(&window, fieldName);
            QTRY_VERIFY(field->isClearButtonEnabled());
            QTest::keyClicks(field, u"no such checkout"_s);
            auto *clear = find<QAction>(field, clearActionName);
            auto *button = field->findChild<QToolButton *>();
            QVERIFY(button);
            QTRY_VERIFY(button->isVisible());
            QVERIFY(clear->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(field->text(), QString());
        }
        // The filter is gone with the text: every row is back.
        QCOMPARE(view->model()->rowCount(), 3);
    }

    void paneIsBuiltForItsFirstCheckout() {
        MainWindow window(setup());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pane = find<CheckoutPane>(&window, u"checkoutPane"_s);
        auto *stack = find<QStackedWidget>(pane, u"stack"_s);
        QCOMPARE(stack->currentWidget()->objectName(), u"emptyPage"_s);
        QVERIFY(find<QLabel>(pane, u"emptyLabel"_s)->isVisible());
        // Nothing of a checkout's detail is made before there is one to show.
        QVERIFY(pane->findChildren<DetailSection *>().isEmpty());

        // An error needs no sections either.
        window.lookUp({u"not a checkout"_s});
        QTRY_COMPARE(window.lookupsInProgress(), 0);
        QCOMPARE(stack->currentWidget()->objectName(), u"errorPage"_s);
        QVERIFY(pane->findChildren<DetailSection *>().isEmpty());

        const QString id = m_demo.checkoutIds().first();
        window.lookUp({id});
        QTRY_COMPARE(window.lookupsInProgress(), 0);
        auto *scroll = find<QScrollArea>(pane, u"detailScroll"_s);
        QTRY_VERIFY(scroll->isVisible());
        QVERIFY(!pane->findChildren<DetailSection *>().isEmpty());
        QVERIFY(find<QWidget>(scroll, u"statusBadge"_s)->isVisible());
        QVERIFY(find<QToolButton>(scroll, u"copyUrlButton"_s)->isVisible());
        QVERIFY(pane->copyCheckoutUrl());
        const LookupEntry *entry =
            find<RecentLookupsView>(&window, u"lookupsView"_s)->currentEntry();
        QVERIFY(entry && entry->checkout);
        QCOMPARE(QApplication::clipboard()->text(), entry->checkout->checkoutUrl.toString());
    }

private:
    MainWindowSetup setup() {
        MainWindowSetup setup;
        setup.lookups = m_lookups.get();
        setup.accounts = m_demo.accounts();
        return setup;
    }

    DemoEnvironment m_demo;
    QNetworkAccessManager m_nam;
    std::unique_ptr<LookupService> m_lookups;
    QPalette m_light;
};

QTEST_MAIN(TestWindowStart)
#include "tst_WindowStart.moc"
