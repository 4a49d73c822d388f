#include "gui/window/MainWindow.h"

#include "ui_MainWindow.h"

#include "gui/common/FirstFrame.h"
#include "gui/common/StatusStyle.h"
#include "gui/live/RefreshScheduler.h"
#include "gui/lookups/RecentLookupsModel.h"
#include "gui/lookups/RecentLookupsProxy.h"
#include "network/LookupService.h"
#include "providers/CheckoutId.h"
#include "providers/ProviderRegistry.h"
#include "storage/HistoryStore.h"

#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QTimer>

#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

// "A, B and C": every registered provider's name.
QString providerNames() {
    QStringList names;
    for (const PaymentProvider *provider : ProviderRegistry::all())
        names.append(provider->displayName());
    const QString last = names.isEmpty() ? QString() : names.takeLast();
    return names.isEmpty() ? last : MainWindow::tr("%1 and %2").arg(names.join(u", "_s), last);
}

Q_LOGGING_CATEGORY(lcWindow, "paydesk.gui")

const QString geometryKey = u"MainWindow/geometry"_s;
const QString stateKey = u"MainWindow/state"_s;
const QString splitterKey = u"MainWindow/splitter"_s;
const QString headerKey = u"MainWindow/lookupsHeader"_s;

} // namespace

MainWindow::MainWindow(const MainWindowSetup &setup, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_lookups(setup.lookups)
    , m_history(setup.history)
    , m_settingsFile(setup.settingsFile)
    , m_model(new RecentLookupsModel(this))
    , m_accountStore(setup.accountStore)
    , m_keychain(setup.keychain)
    , m_nam(setup.nam)
    , m_demo(!setup.demoBanner.isEmpty()) {
    Q_ASSERT(m_lookups);
    m_ui->setupUi(this);
    m_ui->demoBanner->setVisible(!setup.demoBanner.isEmpty());
    m_ui->demoBanner->setText(setup.demoBanner);

    if (!setup.openHistory)
        m_model->setHistory(m_history);
    connect(m_model, &RecentLookupsModel::historyFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_ui->lookupsView->setLookupsModel(m_model);

    setUpLookupBar();
    setAccounts(setup.accounts);
    setUpMenus(setup.demoIds);
    setUpDetail(setup.images);
    setUpLiveRefresh(setup.refreshClock);
    setUpKeyboardAndNames();
    setUpExport();
    updateBusy();
    restoreSettings();
    if (setup.openHistory || setup.startLater)
        startLaterOn(setup.openHistory, setup.startLater);
    if (!setup.openHistory)
        sayHistoryState();
    m_ui->lookupField->setFocus();
    afterFirstFrame(this, [this] { enableClearButtons(); });
}

// The history is opened once the first frame is on screen: the SQLite driver, the file's
// checks and the first page of rows made a long history's first frame come about 15% later
// than an empty one's. That frame shows the list's header over an empty list (no "nothing
// yet" message that rows would contradict a moment later). Clearing or exporting the list
// waits for its rows.
void MainWindow::startLaterOn(std::function<HistoryStore *()> openHistory,
                              std::function<void(MainWindow &)> startLater) {
    m_startPending = true;
    m_openHistory = std::move(openHistory);
    m_startLater = std::move(startLater);
    if (m_openHistory)
        enableHistoryActions(false);
    afterFirstFrame(this, [this] { finishStart(); });
    QTimer::singleShot(historyDeadline, this, &MainWindow::finishStart);
}

void MainWindow::finishStart() {
    // Once; and not again from the deadline's timer while startLater shows a message box.
    if (!m_startPending || m_finishingStart)
        return;
    m_finishingStart = true;
    if (const std::function<HistoryStore *()> open = std::exchange(m_openHistory, {}))
        attachHistory(open());
    if (const std::function<void(MainWindow &)> start = std::exchange(m_startLater, {}))
        start(*this);
    m_startPending = false;
    m_finishingStart = false;
    // In the order they were asked for, as if all had been there from the start.
    const QList<WaitingLookups> waiting = std::exchange(m_waitingLookups, {});
    for (const WaitingLookups &lookups : waiting)
        lookUp(lookups.inputs, lookups.account);
    Q_EMIT historyReady();
}

void MainWindow::attachHistory(HistoryStore *history) {
    m_history = history;
    m_model->setHistory(m_history);
    enableHistoryActions(true);
    sayHistoryState();
}

void MainWindow::enableHistoryActions(bool enabled) {
    if (auto *clear = findChild<QAction *>(u"actionClearHistory"_s))
        clear->setEnabled(enabled);
    if (auto *exportMenu = findChild<QMenu *>(u"menuExport"_s))
        exportMenu->setEnabled(enabled);
}

void MainWindow::sayHistoryState() {
    if (m_history && !m_history->isOpen())
        statusBar()->showMessage(
            tr("Recent lookups will not be remembered: %1").arg(m_history->errorString()));
    else if (m_history && !m_history->movedAsidePath().isEmpty())
        statusBar()->showMessage(tr("The history file could not be read. It was moved to %1 "
                                    "and a new history was started.")
                                     .arg(QDir::toNativeSeparators(m_history->movedAsidePath())));
}

MainWindow::~MainWindow() {
    // Jobs finish (canceled) later, after this window is gone: they must not reach it.
    QList<LookupJob *> jobs;
    for (const QPointer<LookupJob> &job : std::as_const(m_refreshJobs)) {
        if (job) {
            job->disconnect(this);
            jobs << job.data();
        }
    }
    for (const QPointer<LookupJob> &job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(this);
            jobs << job.data();
        }
    }
    m_lookups->cancel(jobs);
}

void MainWindow::setUpLookupBar() {
    // Progress counts "12 of 50" in the bar; what came of them so far beside it.
    m_ui->busyIndicator->setTextVisible(true);
    m_batchCounts = new QLabel(this);
    m_batchCounts->setObjectName(u"batchCounts"_s);
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(busyDelay);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        m_busyShown = true;
        updateBusy();
    });
    const int barAt = m_ui->lookupBar->indexOf(m_ui->busyIndicator);
    m_ui->lookupBar->insertWidget(barAt + 1, m_batchCounts);
    connect(m_ui->lookupField, &QLineEdit::returnPressed, this, &MainWindow::submitLookupField);
    connect(m_ui->lookupButton, &QPushButton::clicked, this, &MainWindow::submitLookupField);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancelLookups);
    connect(m_ui->filterField, &QLineEdit::textChanged, m_ui->lookupsView->proxy(),
            &RecentLookupsProxy::setFilterText);

    auto *focusLookup = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    focusLookup->setObjectName(u"focusLookupShortcut"_s);
    connect(focusLookup, &QShortcut::activated, this, [this] {
        m_ui->lookupField->setFocus(Qt::ShortcutFocusReason);
        m_ui->lookupField->selectAll();
    });
    auto *focusFilter = new QShortcut(QKeySequence::Find, this);
    connect(focusFilter, &QShortcut::activated, this, [this] {
        m_ui->filterField->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterField->selectAll();
    });
    auto *cancel = new QShortcut(QKeySequence::Cancel, this);
    connect(cancel, &QShortcut::activated, this, &MainWindow::cancelLookups);

    connect(m_ui->lookupsView, &RecentLookupsView::currentEntryChanged, this,
            &MainWindow::showEntry);
    connect(m_ui->lookupsView, &RecentLookupsView::currentEntryCleared, this,
            &MainWindow::clearDetail);
    connect(m_ui->lookupsView, &RecentLookupsView::lookUpAgainRequested, this,
            [this](const QString &input, const QString &account) {
                startLookup(input, account, true);
            });
    connect(m_ui->lookupsView, &RecentLookupsView::entryRemoved, this, &MainWindow::onEntryRemoved);
    connect(m_ui->lookupsView, &RecentLookupsView::columnsChanged, this, &MainWindow::saveSettings);
}

// Not in the form: a clear button has the style look its icon up in the icon theme, which
// loads every image format plugin, and it shows nothing while its field is empty. The fields
// are empty until the window is on screen, so the buttons come after its first frame.
void MainWindow::enableClearButtons() {
    m_ui->lookupField->setClearButtonEnabled(true);
    m_ui->filterField->setClearButtonEnabled(true);
}

void MainWindow::setAccounts(const QList<Account> &accounts) {
    const QString previous = chosenAccount();
    QComboBox *chooser = m_ui->accountChooser;
    chooser->clear();
    chooser->addItem(tr("Automatic"), QString());
    for (const Account &account : accounts) {
        chooser->addItem(tr("%1 (%2, %3)")
                             .arg(account.name, ProviderRegistry::displayName(account.provider),
                                  modeText(account.mode)),
                         account.name);
    }
    chooser->setCurrentIndex(qMax(0, chooser->findData(previous)));
    m_ui->lookupField->setPlaceholderText(
        accounts.isEmpty()
            ? tr("No account yet: add one with File › Accounts… or “paydesk account add”")
            : tr("Paste a checkout id, several ids or a checkout URL, then press Enter"));
}

QString MainWindow::chosenAccount() const {
    return m_ui->accountChooser->currentData().toString();
}

void MainWindow::setUpMenus(const QStringList &demoIds) {
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAccounts, &QAction::triggered, this, &MainWindow::openAccounts);
    auto *clear = new QAction(tr("C&lear history…"), this);
    clear->setObjectName(u"actionClearHistory"_s);
    m_ui->menuFile->insertAction(m_ui->actionQuit, clear);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(clear, &QAction::triggered, this, &MainWindow::clearHistory);
    if (!m_accountStore || !m_keychain || !m_nam) {
        m_ui->actionAccounts->setEnabled(false);
        m_ui->actionAccounts->setToolTip(tr("The demo uses its own accounts"));
    }

    m_ui->menuDemo->menuAction()->setVisible(m_demo || !demoIds.isEmpty());
    setDemoCheckouts(demoIds);
}

void MainWindow::setDemoCheckouts(const QStringList &demoIds) {
    m_ui->menuDemo->clear();
    if (demoIds.isEmpty())
        return;
    m_ui->menuDemo->menuAction()->setVisible(true);
    QAction *all = m_ui->menuDemo->addAction(tr("Look up &all"));
    connect(all, &QAction::triggered, this, [this, demoIds] { lookUp(demoIds); });
    m_ui->menuDemo->addSeparator();
    for (const QString &id : demoIds) {
        QAction *one = m_ui->menuDemo->addAction(id);
        connect(one, &QAction::triggered, this, [this, id] { lookUp({id}); });
    }
}

void MainWindow::submitLookupField() {
    const QStringList inputs = splitCheckoutInputs(m_ui->lookupField->text());
    if (inputs.isEmpty())
        return;
    lookUp(inputs, chosenAccount());
    m_ui->lookupField->clear();
}

void MainWindow::lookUp(const QStringList &inputs, const QString &account) {
    // Until the history is open a lookup could neither find its row's last checkout there nor
    // be written to it: it waits (a frame, usually), and starts with the history.
    if (isHistoryPending()) {
        m_waitingLookups.append({inputs, account});
        return;
    }
    QStringList unique;
    QSet<QString> seen;
    for (const QString &input : inputs) {
        if (seen.contains(checkoutInputKey(input))) {
            m_batch.skippedDuplicate();
            continue;
        }
        seen.insert(checkoutInputKey(input));
        unique << input;
    }
    // Started last to first so the rows read in the order given, the first at the top.
    for (qsizetype i = unique.size() - 1; i >= 0; --i) {
        if (!startLookup(unique.at(i), account, i == 0))
            m_batch.skippedDuplicate();
    }
    updateBusy();
}

void MainWindow::receiveLookups(const QStringList &inputs) {
    if (!inputs.isEmpty())
        lookUp(inputs); // a link names no account: every account that can hold the id
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    qCInfo(lcWindow).noquote() << "looking up what another Paydesk handed over:"
                               << inputs.join(u' ');
}

bool MainWindow::startLookup(const QString &input, const QString &account, bool select) {
    const Result<CheckoutRef> ref = recognizeCheckoutId(input);
    if (ref.ok()) {
        const int row = m_model->rowOfId(ref.value().id);
        if (row >= 0 && m_model->entry(row).state == LookupEntry::State::Loading) {
            if (select)
                m_ui->lookupsView->selectKey(m_model->entry(row).key);
            return false; // already being looked up
        }
    }
    LookupJob *job = m_lookups->lookup(input, account);
    const std::optional<ProviderKey> provider =
        ref.ok() ? std::optional<ProviderKey>(ref.value().provider) : std::nullopt;
    const quint64 key = m_model->beginLookup(input, job->id(), provider, account);
    m_jobs.insert(key, job);
    connect(job, &LookupJob::finished, this,
            [this, key](const LookupOutcome &outcome) { onLookupFinished(key, outcome); });
    if (select)
        m_ui->lookupsView->selectKey(key);
    m_batch.started();
    updateBusy();
    return true;
}

void MainWindow::onLookupFinished(quint64 key, const LookupOutcome &outcome) {
    m_jobs.remove(key);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (outcome.canceled) {
        m_model->cancelLookup(key);
        m_batch.finished(LookupBatch::Outcome::Canceled);
    } else if (outcome.result.ok()) {
        m_model->setFound(key, outcome.result.value(), now);
        followStatus(key, true);
        m_batch.finished(LookupBatch::Outcome::Found);
    } else {
        m_model->setFailed(key, outcome.result.error(), now);
        m_batch.finished(LookupBatch::Outcome::Failed);
    }
    updateBusy();
}

void MainWindow::cancelLookups() {
    QList<LookupJob *> jobs;
    for (const QPointer<LookupJob> &job : std::as_const(m_jobs)) {
        if (job)
            jobs << job.data();
    }
    m_lookups->cancel(jobs);
}

void MainWindow::updateBusy() {
    const int running = static_cast<int>(m_jobs.size());
    // Lookups that answer within busyDelay never show the progress bar, cancel button, counts
    // or status message: making them appear and go again re-lays out and repaints the lookup
    // bar and the status bar, which would delay the answer's own repaint for nothing to see.
    if (running == 0) {
        m_busyDelay->stop();
        m_busyShown = false;
    } else if (!m_busyShown && !m_busyDelay->isActive()) {
        m_busyDelay->start();
    }
    const bool shown = running > 0 && m_busyShown;
    m_ui->busyIndicator->setVisible(shown);
    m_ui->cancelButton->setVisible(shown);
    m_batchCounts->setVisible(shown);
    m_ui->busyIndicator->setToolTip(tr("Looking up %n checkout(s)…", nullptr, running));
    if (running > 0) {
        m_ui->busyIndicator->setRange(0, m_batch.total());
        m_ui->busyIndicator->setValue(m_batch.done());
        m_ui->busyIndicator->setFormat(m_batch.progressText());
        m_ui->busyIndicator->setAccessibleDescription(m_batch.progressText());
        m_batchCounts->setText(m_batch.countsText());
        if (shown)
            statusBar()->showMessage(tr("Looking up %n checkout(s)…", nullptr, running));
        return;
    }
    // Several lookups, or one left out as a duplicate: say what came of them.
    if (m_batch.total() > 1 || m_batch.duplicates() > 0)
        statusBar()->showMessage(m_batch.summaryText());
    else
        statusBar()->clearMessage();
    m_batch.reset();
}

void MainWindow::onEntryRemoved(const LookupEntry &entry) {
    m_refresh->unwatch(entry.key);
    if (const QPointer<LookupJob> refresh = m_refreshJobs.take(entry.key)) {
        refresh->disconnect(this);
        refresh->cancel();
    }
    if (entry.state == LookupEntry::State::Loading) {
        if (const QPointer<LookupJob> job = m_jobs.take(entry.key)) {
            job->disconnect(this);
            job->cancel();
            m_batch.finished(LookupBatch::Outcome::Canceled);
        }
        updateBusy();
    }
}

void MainWindow::clearHistory() {
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Clear history"),
        tr("Remove every lookup from the list and from the history? This cannot be undone."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        m_model->clearAll();
        // Only lookups in progress stay, and they are followed again when they answer.
        m_refresh->unwatchAll();
    }
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Paydesk"),
                       tr("<h3>Paydesk %1</h3><p>Looks up %2 checkouts. "
                          "Secret keys stay in the system keychain.</p>")
                           .arg(QStringLiteral(PAYDESK_VERSION), providerNames()));
}

void MainWindow::restoreSettings() {
    if (m_settingsFile.isEmpty()) {
        applyDefaultGeometry();
        applyDefaultSplit();
        return;
    }
    const QSettings settings(m_settingsFile, QSettings::IniFormat);
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        applyDefaultGeometry();
    restoreState(settings.value(stateKey).toByteArray());
    m_ui->lookupsView->header()->restoreState(settings.value(headerKey).toByteArray());
    if (!m_ui->mainSplitter->restoreState(settings.value(splitterKey).toByteArray()))
        applyDefaultSplit();
}

// The first start: most of the screen, so the list's main columns and the pane both fit, and
// never more than a large desktop window needs.
void MainWindow::applyDefaultGeometry() {
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize wanted(std::min(available.width() * 9 / 10, 1680),
                       std::min(available.height() * 17 / 20, 1050));
    const QSize size = wanted.expandedTo(minimumSizeHint()).boundedTo(available.size());
    QRect frame(QPoint(0, 0), size);
    frame.moveCenter(available.center());
    setGeometry(frame);
}

void MainWindow::saveSettings() const {
    if (m_settingsFile.isEmpty())
        return;
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(headerKey, m_ui->lookupsView->saveHeaderState());
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qCWarning(lcWindow) << "Could not save the window settings to" << m_settingsFile;
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace Paydesk
