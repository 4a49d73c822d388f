// The window opens its history after its first frame (MainWindowSetup::openHistory): the
// first frame is drawn with no history file opened, the rows come right after, and nothing is
// lost meanwhile: lookups asked for before are started in order once the history is open,
// find their row's last checkout there and are written to it; a history that cannot be opened
// still says so. With a real SQLite file and the demo server on 127.0.0.1, offscreen.
// Screenshots go to <build>/screenshots/window-start-history-*.png.
#include "../storage/HistoryTestData.h"

#include "demo/DemoEnvironment.h"
#include "gui/Dashboard.h"
#include "gui/lookups/RecentLookupsModel.h"
#include "gui/lookups/RecentLookupsView.h"
#include "gui/window/MainWindow.h"
#include "i18n/Translations.h"
#include "network/LookupService.h"
#include "storage/HistoryStore.h"

#include "FindChild.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWindow>

#include <memory>

using namespace Paydesk;
using Paydesk::Test::find;
using namespace Qt::StringLiterals;

namespace {

const QString shotsDir = QStringLiteral(PAYDESK_BINARY_DIR "/screenshots");

// Counts the paints of a window's widgets, to know that a frame was drawn.
class PaintCounter : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// What the window looked like when it asked for its history.
struct WhenOpened {
    int calls = 0;
    bool exposed = false;
    int paints = 0;
};

} // namespace

class TestWindowStartHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(QDir().mkpath(shotsDir));
        QVERIFY(m_demo.start());
        QVERIFY(m_demo.checkoutIds().size() >= 3);
        m_lookups = std::make_unique<LookupService>(&m_nam, m_demo.keys());
        m_lookups->setAccounts(m_demo.accounts());
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"data/history.sqlite"_s);
    }

    void cleanup() {
        m_history.reset();
        m_dir.reset();
        qunsetenv("PAYDESK_LANG");
        installTranslations(*QCoreApplication::instance());
        QLocale::setDefault(QLocale::c());
    }

    void firstFrameComesBeforeTheHistory_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ar") << u"ar"_s;
    }

    void firstFrameComesBeforeTheHistory() {
        QFETCH(QString, language);
        qputenv("PAYDESK_LANG", language.toUtf8());
        installTranslations(*QCoreApplication::instance());
        constexpr int stored = 100;
        {
            HistoryStore history(m_path);
            QVERIFY(history.isOpen());
            QList<HistoryEntry> entries;
            const QDateTime start(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
            for (int n = 0; n < stored; ++n)
                entries << HistoryTestData::numbered(n, start);
            QVERIFY(history.saveAll(entries));
        }

        WhenOpened whenOpened;
        PaintCounter painted;
        MainWindowSetup setup = windowSetup();
        MainWindow *windowPointer = nullptr;
        setup.openHistory = [&] {
            ++whenOpened.calls;
            whenOpened.exposed =
                windowPointer->windowHandle() && windowPointer->windowHandle()->isExposed();
            whenOpened.paints = painted.paints;
            return openedHistory();
        };
        MainWindow window(setup);
        windowPointer = &window;
        window.installEventFilter(&painted);
        find<RecentLookupsView>(&window, u"lookupsView"_s)
            ->viewport()
            ->installEventFilter(&painted);
        QSignalSpy ready(&window, &MainWindow::historyReady);
        window.resize(1280, 720);
        window.show();
        QVERIFY(window.isHistoryPending());
        QCOMPARE(whenOpened.calls, 0);

        // The first frame: the list's header over an empty list, the pane's invitation, and no
        // word that would say the history is empty.
        auto *view = find<RecentLookupsView>(&window, u"lookupsView"_s);
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(window.statusBar()->currentMessage(), QString());
        auto *stack = find<QStackedWidget>(&window, u"stack"_s);
        QCOMPARE(stack->currentWidget()->objectName(), u"emptyPage"_s);
        QVERIFY(!find<QMenu>(&window, u"menuExport"_s)->isEnabled());
        QVERIFY(!find<QAction>(&window, u"actionClearHistory"_s)->isEnabled());
        const QImage first = window.grab().toImage();

        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(whenOpened.calls, 1);
        QVERIFY(whenOpened.exposed);
        QVERIFY2(whenOpened.paints > 0, "the history was opened before the first frame");
        QVERIFY(!window.isHistoryPending());
        // The history's rows, newest first, a page at a time.
        QVERIFY(view->model()->rowCount() >= RecentLookupsModel::pageSize);
        QCOMPARE(window.lookupsModel()->entry(0).checkout->id,
                 HistoryTestData::numbered(stored - 1, {}).checkout->id);
        QVERIFY(find<QMenu>(&window, u"menuExport"_s)->isEnabled());
        QVERIFY(find<QAction>(&window, u"actionClearHistory"_s)->isEnabled());
        QCOMPARE(window.statusBar()->currentMessage(), QString());
        QCoreApplication::processEvents();
        const QImage settled = window.grab().toImage();

        const QString name = u"window-start-history-"_s + language;
        QVERIFY(first.save(QDir(shotsDir).filePath(name + u"-first-frame.png"_s)));
        QVERIFY(settled.save(QDir(shotsDir).filePath(name + u"-rows.png"_s)));
        QVERIFY(first != settled);
    }

    void lookupsAskedBeforeTheHistoryOpensAreRecordedInOrder() {
        const QStringList ids = m_demo.checkoutIds().mid(0, 3);
        // An earlier run found the second checkout.
        {
            m_history = std::make_unique<HistoryStore>(m_path);
            MainWindowSetup setup = windowSetup();
            setup.history = m_history.get();
            MainWindow earlier(setup);
            earlier.lookUp({ids.at(1)});
            QTRY_COMPARE(earlier.lookupsInProgress(), 0);
            QCOMPARE(earlier.lookupsModel()->entry(0).state, LookupEntry::State::Found);
            m_history.reset();
        }

        MainWindowSetup setup = windowSetup();
        setup.openHistory = [this] {
            return openedHistory();
        };
        MainWindow window(setup);
        // Asked for before the window is even shown (the command line's ids), then handed over
        // by another Paydesk (a link), which shows it.
        window.lookUp({ids.at(0), ids.at(1)});
        window.receiveLookups({ids.at(2)});
        QVERIFY(window.isHistoryPending());
        QCOMPARE(window.lookupsInProgress(), 0);
        QCOMPARE(window.lookupsModel()->rowCount(), 0);

        // The moment the history is open: every lookup started, in the order asked (the
        // history's row of the second is reused where it is, the first goes above it, the
        // handed-over one on top), and the one the history knew shows its last checkout while
        // it is looked up again.
        QStringList rowsWhenReady;
        int runningWhenReady = -1;
        bool knownKeptItsCheckout = false;
        connect(&window, &MainWindow::historyReady, this, [&] {
            const RecentLookupsModel *model = window.lookupsModel();
            for (int row = 0; row < model->rowCount(); ++row)
                rowsWhenReady << model->entry(row).id;
            runningWhenReady = window.lookupsInProgress();
            const int known = model->rowOfId(ids.at(1));
            knownKeptItsCheckout = known >= 0
                                   && model->entry(known).state == LookupEntry::State::Loading
                                   && model->entry(known).checkout.has_value();
        });
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(runningWhenReady, 3);
        QCOMPARE(rowsWhenReady, (QStringList{ids.at(2), ids.at(0), ids.at(1)}));
        QVERIFY(knownKeptItsCheckout);

        QTRY_COMPARE(window.lookupsInProgress(), 0);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(window.lookupsModel()->entry(row).state, LookupEntry::State::Found);
        QCOMPARE(m_history->count(), 3);
        // Written to the file: another reader finds them all.
        HistoryStore reader(m_path);
        QVERIFY(reader.isOpen());
        const HistoryPage page = reader.page({}, std::nullopt, 10);
        QSet<QString> stored;
        for (const HistoryEntry &entry : page.entries)
            stored.insert(entry.id);
        QCOMPARE(stored, QSet<QString>(ids.cbegin(), ids.cend()));
    }

    void anUnusableHistoryIsSaidOnceTheWindowIsUp() {
        QFile blocker(m_dir->filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        m_path = m_dir->filePath(u"blocker/history.sqlite"_s);
        MainWindowSetup setup = windowSetup();
        setup.openHistory = [this] {
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(u"^History create folder failed"_s));
            return openedHistory();
        };
        MainWindow window(setup);
        QString messageWhenReady;
        connect(&window, &MainWindow::historyReady, this,
                [&] { messageWhenReady = window.statusBar()->currentMessage(); });
        window.lookUp({m_demo.checkoutIds().first()});
        window.show();
        QTRY_VERIFY2(messageWhenReady.contains(u"will not be remembered"_s),
                     qPrintable(messageWhenReady));
        // The lookup that waited still runs.
        QTRY_COMPARE(window.lookupsInProgress(), 0);
        QCOMPARE(window.lookupsModel()->entry(0).state, LookupEntry::State::Found);
    }

    // A window that is never exposed (mapped on another desktop, say) still opens its history
    // and runs what waited for it.
    void aWindowNeverShownOpensItsHistoryAtTheDeadline() {
        MainWindowSetup setup = windowSetup();
        setup.openHistory = [this] {
            return openedHistory();
        };
        QElapsedTimer sinceCreated;
        sinceCreated.start();
        MainWindow window(setup);
        QSignalSpy ready(&window, &MainWindow::historyReady);
        qint64 readyAfter = -1;
        connect(&window, &MainWindow::historyReady, this,
                [&] { readyAfter = sinceCreated.elapsed(); });
        window.lookUp({m_demo.checkoutIds().first()});
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1,
                                  static_cast<int>(MainWindow::historyDeadline.count() * 5));
        // Not before the deadline: measured from before the window was made, so that a loaded
        // machine only makes it later.
        QVERIFY2(readyAfter >= MainWindow::historyDeadline.count(),
                 qPrintable(QString::number(readyAfter)));
        QTRY_COMPARE(window.lookupsInProgress(), 0);
        QCOMPARE(m_history->count(), 1);
    }

    // `paydesk --demo`: the window comes first, with the demo's banner, menu and accounts
    // (compiled in); the demo (its module, in the application) starts after the first frame,
    // and its checkouts are then looked up. Runs the whole dashboard, as the window module
    // does, until the checkouts are in. Everything above the list (menu bar, banner, lookup
    // bar with the account chooser) is the same, pixel for pixel, in the first frame and
    // once the demo's checkouts are in.
    void theDemoStartsAfterTheFirstFrame_data() { firstFrameComesBeforeTheHistory_data(); }

    void theDemoStartsAfterTheFirstFrame() {
        QFETCH(QString, language);
        qputenv("PAYDESK_LANG", language.toUtf8());
        installTranslations(*QCoreApplication::instance());
        QApplication::setCursorFlashTime(0); // the lookup field's cursor stays, in both grabs
        DashboardOptions options;
        options.demo = true;
        DemoRun run =
            runDemoDashboard(options, [](const QStringList &demoIds) { return demoIds.size(); });
        QCOMPARE(run.status, 0);
        QVERIFY2(!run.placeholder.startsWith(u"No account"_s), qPrintable(run.placeholder));
        QVERIFY(run.demoMenuShown);
        QCOMPARE(run.started.calls, 1);
        QVERIFY(run.started.exposed);
        QVERIFY2(run.started.paints > 0, "the demo started before the first frame");
        QVERIFY(run.demoIds.size() >= 3);
        QCOMPARE(run.rowsWhenStarted, 0);
        QCOMPARE(run.runningWhenStarted, 0);
        QCOMPARE(run.rowIds, run.demoIds);
        // The chooser had the demo's accounts from the start, in their final order.
        QCOMPARE(run.chooserFirst.size(), 3); // "Automatic" and the two demo accounts
        QCOMPARE(run.chooserFirst, run.chooserSettled);
        QCOMPARE(run.chooserGeometryFirst, run.chooserGeometrySettled);
        QCOMPARE(run.fieldGeometryFirst, run.fieldGeometrySettled);

        const QString name = u"window-start-demo-"_s + language;
        QVERIFY(run.firstFrame.save(QDir(shotsDir).filePath(name + u"-first-frame.png"_s)));
        QVERIFY(run.settled.save(QDir(shotsDir).filePath(name + u"-rows.png"_s)));
        QCOMPARE(run.firstFrame.size(), run.settled.size());
        QVERIFY(!run.top.isEmpty());
        const QImage topFirst = run.firstFrame.copy(run.top);
        const QImage topSettled = run.settled.copy(run.top);
        QVERIFY(topFirst.save(QDir(shotsDir).filePath(name + u"-top-first-frame.png"_s)));
        QVERIFY(topSettled.save(QDir(shotsDir).filePath(name + u"-top-rows.png"_s)));
        QVERIFY2(topFirst == topSettled,
                 "the menu bar, banner or lookup bar changed after the first frame");
        QVERIFY2(run.firstFrame != run.settled, "the rows never came");
    }

    // Ids on the command line (`paydesk --demo ID...`) wait for the demo server and are then
    // looked up, in order, instead of the demo's own list.
    void idsGivenBeforeTheDemoStartsWaitForIt() {
        DashboardOptions options;
        options.demo = true;
        const QStringList all = m_demo.checkoutIds(); // the bundled ids the dashboard's demo has
        options.ids = {all.at(2), all.at(0)};
        DemoRun run = runDemoDashboard(options, [](const QStringList &) { return 2; });
        QCOMPARE(run.status, 0);
        QCOMPARE(run.started.calls, 1);
        // Nothing was started before the server was up.
        QCOMPARE(run.rowsWhenStarted, 0);
        QCOMPARE(run.runningWhenStarted, 0);
        // In the order given, top down, as with the history (and not the demo's own list).
        QCOMPARE(run.rowIds, (QStringList{all.at(2), all.at(0)}));
        QCOMPARE(run.rowStates,
                 (QList<LookupEntry::State>{LookupEntry::State::Found, LookupEntry::State::Found}));
    }

    void aDemoThatCannotStartEndsTheRun() {
        DashboardOptions options;
        options.demo = true;
        int asked = 0;
        const int status = runDashboard(
            options,
            [&asked](QString *) -> std::unique_ptr<DemoBackend> {
                ++asked;
                return nullptr;
            },
            [](MainWindow &window) { QTimer::singleShot(30000, &window, &QWidget::close); });
        QCOMPARE(asked, 1);
        QCOMPARE(status, 2);
    }

private:
    // What a run of the whole demo dashboard (runDashboard) showed.
    struct DemoRun {
        int status = -1;
        WhenOpened started; // when the demo was started
        int rowsWhenStarted = -1;
        int runningWhenStarted = -1;
        QStringList demoIds;
        QString placeholder;
        bool demoMenuShown = false;
        QStringList chooserFirst;
        QStringList chooserSettled;
        QRect chooserGeometryFirst;
        QRect chooserGeometrySettled;
        QRect fieldGeometryFirst;
        QRect fieldGeometrySettled;
        QRect top;         // in the window: the menu bar, the banner and the lookup bar
        QImage firstFrame; // grabbed when the demo was asked to start
        QImage settled;    // grabbed once `rows(demoIds)` rows are found or failed
        QStringList rowIds;
        QList<LookupEntry::State> rowStates;
    };

    static QStringList chooserEntries(const QComboBox *chooser) {
        QStringList entries;
        for (int i = 0; i < chooser->count(); ++i)
            entries << chooser->itemText(i);
        return entries;
    }

    DemoRun runDemoDashboard(const DashboardOptions &options,
                             const std::function<qsizetype(const QStringList &)> &rows) {
        DemoRun run;
        MainWindow *opened = nullptr;
        PaintCounter painted;
        const DemoStarter startDemo = [&](QString *) -> std::unique_ptr<DemoBackend> {
            ++run.started.calls;
            run.started.exposed = opened->windowHandle() && opened->windowHandle()->isExposed();
            run.started.paints = painted.paints;
            run.rowsWhenStarted = opened->lookupsModel()->rowCount();
            run.runningWhenStarted = opened->lookupsInProgress();
            run.firstFrame = opened->grab().toImage();
            const auto *chooser = find<QComboBox>(opened, u"accountChooser"_s);
            run.chooserFirst = chooserEntries(chooser);
            run.chooserGeometryFirst = chooser->geometry();
            run.fieldGeometryFirst = find<QLineEdit>(opened, u"lookupField"_s)->geometry();
            auto demo = std::make_unique<DemoEnvironment>();
            if (!demo->start())
                return nullptr;
            run.demoIds = demo->checkoutIds();
            return demo;
        };
        auto *poll = new QTimer(this);
        run.status = runDashboard(options, startDemo, [&](MainWindow &window) {
            opened = &window;
            window.installEventFilter(&painted);
            find<RecentLookupsView>(&window, u"lookupsView"_s)
                ->viewport()
                ->installEventFilter(&painted);
            run.placeholder = find<QLineEdit>(&window, u"lookupField"_s)->placeholderText();
            run.demoMenuShown = find<QMenu>(&window, u"menuDemo"_s)->menuAction()->isVisible();
            // Done when the rows are in; closing the window ends the run.
            window.resize(1280, 720);
            connect(poll, &QTimer::timeout, &window, [&window, &run, &rows, poll] {
                RecentLookupsModel *model = window.lookupsModel();
                if (run.demoIds.isEmpty() || model->rowCount() != rows(run.demoIds)
                    || window.lookupsInProgress() != 0)
                    return;
                // Lookups that ran longer than MainWindow::busyDelay (a loaded machine) showed
                // the progress bar, cancel button and counts in the lookup bar; the last one
                // to end hid them, and the lookup bar is laid out again by a posted request
                // that may still be waiting: let it run, as before the window's next paint.
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                run.settled = window.grab().toImage();
                const auto *chooser = find<QComboBox>(&window, u"accountChooser"_s);
                run.chooserSettled = chooserEntries(chooser);
                run.chooserGeometrySettled = chooser->geometry();
                run.fieldGeometrySettled = find<QLineEdit>(&window, u"lookupField"_s)->geometry();
                const QLayout *bar = find<QLayout>(&window, u"lookupBar"_s);
                const QWidget *central = window.centralWidget();
                run.top = QRect(0, 0, window.width(),
                                central->mapTo(&window, bar->geometry().bottomLeft()).y() + 1);
                for (int row = 0; row < model->rowCount(); ++row) {
                    run.rowIds << model->entry(row).id;
                    run.rowStates << model->entry(row).state;
                }
                poll->stop();
                window.close();
            });
            poll->start(20);
            QTimer::singleShot(30000, &window, &QWidget::close);
        });
        delete poll;
        return run;
    }

    MainWindowSetup windowSetup() {
        MainWindowSetup setup;
        setup.lookups = m_lookups.get();
        setup.accounts = m_demo.accounts();
        return setup;
    }

    HistoryStore *openedHistory() {
        m_history = std::make_unique<HistoryStore>(m_path);
        return m_history.get();
    }

    DemoEnvironment m_demo;
    QNetworkAccessManager m_nam;
    std::unique_ptr<LookupService> m_lookups;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<HistoryStore> m_history;
};

QTEST_MAIN(TestWindowStartHistory)
#include "tst_WindowStartHistory.moc"
