// The dashboard as a new operator first sees it, on a 1366x768 laptop screen (the smallest
// common one), in English, French and Arabic, light and dark: the window fits the screen, the
// list shows status, id, amount, customer and created with no sideways scrolling, the pane never
// needs a horizontal scroll bar and keeps the avatar and its buttons in view. Screenshots of each
// go to <build>/screenshots/first-sight-<language>-<theme>.png.
#include "DarkPalette.h"
#include "Legibility.h"
#include "demo/DemoEnvironment.h"
#include "gui/common/NoticeBanner.h"
#include "gui/common/StatusStyle.h"
#include "gui/detail/AvatarWidget.h"
#include "gui/detail/BadgeLabel.h"
#include "gui/detail/CheckoutPane.h"
#include "gui/lookups/RecentLookupsModel.h"
#include "gui/lookups/RecentLookupsView.h"
#include "gui/window/MainWindow.h"
#include "i18n/Translations.h"
#include "network/LookupService.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

using Column = RecentLookupsModel::Column;

const QString shotsDir = QStringLiteral(PAYDESK_BINARY_DIR "/screenshots");

// The demo checkout whose last attempt failed for want of funds.
const QString failedAttempt = u"cs_o4wuvsQFBCJrZG"_s;

template <typename T>
T *find(QWidget *root, const QString &name) {
    T *child = root->findChild<T *>(name);
    if (!child)
        qFatal("no %s", qPrintable(name));
    return child;
}

// `widget` lies across its whole width inside `viewport`: nothing of it is cut off at either
// side (scrolling down to it is fine).
bool inside(const QWidget *widget, const QWidget *viewport) {
    const QPoint topLeft = widget->mapTo(viewport->window(), QPoint(0, 0));
    const QPoint areaLeft = viewport->mapTo(viewport->window(), QPoint(0, 0));
    return widget->isVisible() && topLeft.x() >= areaLeft.x()
           && topLeft.x() + widget->width() <= areaLeft.x() + viewport->width();
}

} // namespace

class TestFirstSight : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QCOMPARE(QGuiApplication::primaryScreen()->size(), QSize(1366, 768));
        QVERIFY(QDir().mkpath(shotsDir));
        QVERIFY(m_demo.start());
        QVERIFY(m_demo.checkoutIds().contains(failedAttempt));
        m_lookups = std::make_unique<LookupService>(&m_nam, m_demo.keys());
        m_lookups->setAccounts(m_demo.accounts());
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_light = QApplication::style()->standardPalette();
    }

    void cleanupTestCase() {
        qunsetenv("PAYDESK_LANG");
        QLocale::setDefault(QLocale::c());
    }

    void window_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        for (const QString &language : supportedLanguages()) {
            QTest::newRow(qPrintable(language + u" light"_s)) << language << false;
            QTest::newRow(qPrintable(language + u" dark"_s)) << language << true;
        }
    }

    void window() {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        qputenv("PAYDESK_LANG", language.toUtf8());
        installTranslations(*QCoreApplication::instance());
        QApplication::setPalette(dark ? darkTestPalette() : m_light);

        QTemporaryDir config;
        QVERIFY(config.isValid());
        MainWindow window(setup(config.filePath(u"window.ini"_s)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // A sensible share of the screen, inside it.
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()), qPrintable(describe(window)));
        QVERIFY2(window.width() >= available.width() * 3 / 4, qPrintable(describe(window)));
        QVERIFY2(window.height() >= available.height() * 3 / 4, qPrintable(describe(window)));

        window.lookUp(m_demo.checkoutIds());
        QTRY_COMPARE(window.lookupsInProgress(), 0);
        auto *view = find<RecentLookupsView>(&window, u"lookupsView"_s);
        QCOMPARE(view->model()->rowCount(), m_demo.checkoutIds().size());

        // The list: status, id, amount, customer and created whole, with nothing to scroll
        // sideways; provider, mode and account wait in the header's menu.
        checkNothingScrollsSideways(view);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        for (const Column column : {Column::Provider, Column::Mode, Column::Account})
            QVERIFY(view->header()->isSectionHidden(static_cast<int>(column)));
        for (const Column column :
             {Column::Status, Column::Id, Column::Amount, Column::Customer, Column::Created}) {
            const int logical = static_cast<int>(column);
            const int width = view->header()->sectionSize(logical);
            const QString what = columnPlace(view, logical);
            QVERIFY2(isInView(view, logical), qPrintable(what));
            QVERIFY2(width >= view->contentWidth(logical), qPrintable(what));
            QVERIFY2(width >= view->header()->sectionSizeHint(logical), qPrintable(what));
        }

        // The pane, for every checkout: no horizontal scroll bar, avatar and buttons in view.
        auto *scroll = find<QScrollArea>(&window, u"detailScroll"_s);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            view->setCurrentIndex(view->model()->index(row, 0));
            QVERIFY(scroll->isVisible());
            QCoreApplication::processEvents();
            const QString id = view->currentEntry()->id;
            QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(id));
            QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(), qPrintable(id));
            checkBadgesWhole(scroll, id);
            auto *avatar = find<AvatarWidget>(scroll, u"customerAvatar"_s);
            if (avatar->isVisibleTo(scroll))
                QVERIFY2(inside(avatar, scroll->viewport()), qPrintable(id));
            for (const QString &button : {u"copyIdButton"_s, u"copyUrlButton"_s, u"openUrlButton"_s,
                                          u"copyAmountButton"_s}) {
                auto *tool = find<QToolButton>(scroll, button);
                if (tool->isVisibleTo(scroll))
                    QVERIFY2(inside(tool, scroll->viewport()), qPrintable(id + u' ' + button));
            }
        }

        // Even with the pane dragged to its narrowest, nothing needs a sideways scroll.
        auto *splitter = find<QSplitter>(&window, u"mainSplitter"_s);
        const QList<int> defaultSizes = splitter->sizes();
        splitter->setSizes({defaultSizes.at(0) + defaultSizes.at(1), 0});
        QCoreApplication::processEvents();
        auto *pane = find<QWidget>(&window, u"checkoutPane"_s);
        QCOMPARE(pane->width(), pane->minimumWidth());
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            view->setCurrentIndex(view->model()->index(row, 0));
            QCoreApplication::processEvents();
            QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                     qPrintable(u"narrowest pane: "_s + view->currentEntry()->id));
            checkBadgesWhole(scroll, u"narrowest pane: "_s + view->currentEntry()->id);
        }
        splitter->setSizes(defaultSizes);
        QCoreApplication::processEvents();

        // The header tells the story: when it failed, and why.
        selectId(view, failedAttempt);
        QCoreApplication::processEvents(); // the pane's layout follows the new checkout
        auto *story = find<QLabel>(scroll, u"statusStory"_s);
        QVERIFY(story->isVisible());
        // (It failed in the end; an open one is in tst_CheckoutPane.)
        if (language == u"en")
            QCOMPARE(story->text(), u"Failed 3 hours ago: The wallet balance is too low."_s);
        QVERIFY(story->text().contains(u"The wallet balance is too low."_s));

        QVERIFY(window.grab().save(QDir(shotsDir).filePath(
            u"first-sight-%1-%2.png"_s.arg(language, dark ? u"dark"_s : u"light"_s))));

        // Badges and the demo banner read in either theme, measured on what was painted.
        checkLegibility(window, view);
    }

    void narrowWindow_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ar") << u"ar"_s;
    }

    // A window narrowed to 1000 px: the customer column gives way, then the id column, whose
    // ids are cut in the middle; every column of the list still shows, created whole, with
    // nothing to scroll sideways.
    void narrowWindow() {
        QFETCH(QString, language);
        qputenv("PAYDESK_LANG", language.toUtf8());
        installTranslations(*QCoreApplication::instance());
        QApplication::setPalette(m_light);
        QTemporaryDir config;
        QVERIFY(config.isValid());
        MainWindow window(setup(config.filePath(u"window.ini"_s)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1000, window.height());
        window.lookUp(m_demo.checkoutIds());
        QTRY_COMPARE(window.lookupsInProgress(), 0);
        auto *view = find<RecentLookupsView>(&window, u"lookupsView"_s);
        QTRY_COMPARE(window.width(), 1000);
        QCoreApplication::processEvents();

        checkNothingScrollsSideways(view);
        if (QTest::currentTestFailed())
            return;
        for (const Column column :
             {Column::Status, Column::Id, Column::Amount, Column::Customer, Column::Created}) {
            const int logical = static_cast<int>(column);
            const int width = view->header()->sectionSize(logical);
            const QString what = columnPlace(view, logical);
            QVERIFY2(isInView(view, logical), qPrintable(what));
            if (column == Column::Id) {
                // Cut, but both ends of an id still show.
                QVERIFY2(width < view->contentWidth(logical), qPrintable(what));
                QVERIFY2(width >= view->fontMetrics().horizontalAdvance(u"01hq\u2026mchw"_s),
                         qPrintable(what));
            } else if (column == Column::Customer) {
                QVERIFY2(width >= view->fontMetrics().averageCharWidth() * 8, qPrintable(what));
            } else {
                QVERIFY2(width >= view->contentWidth(logical), qPrintable(what));
            }
        }
        QVERIFY(window.grab().save(
            QDir(shotsDir).filePath(u"first-sight-%1-1000.png"_s.arg(language))));

        // Wide again, the id column is as wide as before.
        const int narrowed = view->header()->sectionSize(static_cast<int>(Column::Id));
        window.resize(1280, window.height());
        QTRY_VERIFY(view->header()->sectionSize(static_cast<int>(Column::Id))
                    >= view->contentWidth(static_cast<int>(Column::Id)));
        QVERIFY(view->header()->sectionSize(static_cast<int>(Column::Id)) > narrowed);
    }

    // The size and the columns the operator chose come back at the next start.
    void choicesAreRemembered() {
        qputenv("PAYDESK_LANG", "en");
        installTranslations(*QCoreApplication::instance());
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const QString settings = config.filePath(u"window.ini"_s);
        const int provider = static_cast<int>(Column::Provider);
        const int created = static_cast<int>(Column::Created);
        QRect geometry;
        {
            MainWindow window(setup(settings));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *view = find<RecentLookupsView>(&window, u"lookupsView"_s);
            QMenu *menu = view->columnsMenu();
            menu->popup(view->header()->mapToGlobal(QPoint(10, 10)));
            auto *showProvider = menu->findChild<QAction *>(u"showColumn%1"_s.arg(provider));
            auto *showCreated = menu->findChild<QAction *>(u"showColumn%1"_s.arg(created));
            QVERIFY(showProvider && showCreated);
            QVERIFY(!showProvider->isChecked());
            QVERIFY(showCreated->isChecked());
            // The id names the row and cannot be hidden.
            QVERIFY(!menu->findChild<QAction *>(u"showColumn%1"_s.arg(static_cast<int>(Column::Id)))
                         ->isEnabled());
            showProvider->trigger();
            showCreated->trigger();
            menu->hide();
            QVERIFY(!view->header()->isSectionHidden(provider));
            QVERIFY(view->header()->isSectionHidden(created));
            window.setGeometry(QRect(QPoint(40, 30), QSize(1000, 640)));
            geometry = window.geometry();
            window.close();
        }
        MainWindow again(setup(settings));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), geometry.size());
        auto *view = find<RecentLookupsView>(&again, u"lookupsView"_s);
        QVERIFY(!view->header()->isSectionHidden(provider));
        QVERIFY(view->header()->isSectionHidden(created));
        // The customer still takes what the other columns leave.
        QCOMPARE(view->header()->sectionResizeMode(static_cast<int>(Column::Customer)),
                 QHeaderView::Stretch);
        view->columnsMenu()->popup(view->header()->mapToGlobal(QPoint(10, 10)));
        QVERIFY(view->columnsMenu()
                    ->findChild<QAction *>(u"showColumn%1"_s.arg(provider))
                    ->isChecked());
        QVERIFY(!view->columnsMenu()
                     ->findChild<QAction *>(u"showColumn%1"_s.arg(created))
                     ->isChecked());
    }

private:
    // Every column ends within the list's width: nothing to scroll sideways.
    static void checkNothingScrollsSideways(const RecentLookupsView *view) {
        QVERIFY2(view->header()->length() <= view->viewport()->width(),
                 qPrintable(u"columns %1 in %2"_s.arg(view->header()->length())
                                .arg(view->viewport()->width())));
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    }

    static bool isInView(const RecentLookupsView *view, int logical) {
        const int left = view->header()->sectionViewportPosition(logical);
        return left >= 0
               && left + view->header()->sectionSize(logical) <= view->viewport()->width();
    }

    // Where a column is and what it needs, for a failure's message.
    static QString columnPlace(const RecentLookupsView *view, int logical) {
        return view->model()->headerData(logical, Qt::Horizontal).toString()
               + u": %1+%2 in %3, needs %4"_s.arg(view->header()->sectionViewportPosition(logical))
                     .arg(view->header()->sectionSize(logical))
                     .arg(view->viewport()->width())
                     .arg(view->contentWidth(logical));
    }

    MainWindowSetup setup(const QString &settingsFile) {
        MainWindowSetup setup;
        setup.lookups = m_lookups.get();
        setup.accounts = m_demo.accounts();
        setup.settingsFile = settingsFile;
        // The banner the demo shows, in the interface language.
        setup.demoBanner = QCoreApplication::translate(
            "Dashboard", "Demo data: these checkouts come from a built-in server on this "
                         "computer with made-up accounts. No real provider is asked, no key "
                         "is used and nothing goes into your history.");
        setup.demoIds = m_demo.checkoutIds();
        return setup;
    }

    // The text of every badge (pane and list) and of the banner stands out from their
    // background at minimumTextContrast or better, on the grabbed pixels.
    // The header's status and mode badges show their whole word, never "Pa…".
    static void checkBadgesWhole(QWidget *scroll, const QString &id) {
        for (const BadgeLabel *badge : scroll->findChildren<BadgeLabel *>()) {
            if (!badge->isVisibleTo(scroll))
                continue;
            QVERIFY2(badge->width() >= badge->sizeHint().width(),
                     qPrintable(id + u": "_s + badge->text()));
            QCOMPARE(badge->shownText(), badge->text());
        }
    }

    static void checkLegibility(MainWindow &window, RecentLookupsView *view) {
        for (const QString &name : {u"statusBadge"_s, u"modeBadge"_s}) {
            auto *badge = find<BadgeLabel>(&window, name);
            QVERIFY(badge->isVisible());
            const QImage pixels = badgeMiddle(badge->grab().toImage());
            QCOMPARE(dominantColor(pixels).name(), badge->colors().background.name());
            QVERIFY2(textContrast(pixels) >= minimumTextContrast,
                     qPrintable(name + u": %1"_s.arg(textContrast(pixels))));
        }
        auto *banner = find<NoticeBanner>(&window, u"demoBanner"_s);
        QVERIFY(banner->isVisible());
        const QImage bannerPixels = banner->grab().toImage();
        QCOMPARE(dominantColor(bannerPixels).name(), banner->colors().background.name());
        QVERIFY2(textContrast(bannerPixels) >= minimumTextContrast,
                 qPrintable(u"banner: %1"_s.arg(textContrast(bannerPixels))));

        const QImage list = view->viewport()->grab().toImage();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, static_cast<int>(Column::Status));
            const auto style = index.data(RecentLookupsModel::BadgeStyleRole).value<BadgeStyle>();
            const ToneColors colors = toneColors(style.tone, style.weight, view->palette());
            const QImage badge =
                badgeMiddle(cropToColor(list.copy(view->visualRect(index)), colors.background));
            const QString what = style.text + u": %1"_s.arg(textContrast(badge));
            QVERIFY2(!badge.isNull(), qPrintable(what));
            QVERIFY2(textContrast(badge) >= minimumTextContrast, qPrintable(what));
        }
    }

    static void selectId(RecentLookupsView *view, const QString &id) {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            view->setCurrentIndex(view->model()->index(row, 0));
            if (view->currentEntry()->id == id)
                return;
        }
        QFAIL(qPrintable(u"no row for "_s + id));
    }

    static QString describe(const QWidget &window) {
        const QRect r = window.frameGeometry();
        return u"window %1x%2+%3+%4"_s.arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
    }

    DemoEnvironment m_demo;
    QNetworkAccessManager m_nam;
    std::unique_ptr<LookupService> m_lookups;
    QPalette m_light;
};

int main(int argc, char **argv) {
    // A laptop screen rather than the offscreen platform's 800x600 default.
    qputenv("QT_QPA_PLATFORM",
            "offscreen:configfile=" PAYDESK_SOURCE_DIR "/tests/i18n/data/laptop-screen.json");
    QApplication app(argc, argv);
    TestFirstSight test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_FirstSight.moc"
