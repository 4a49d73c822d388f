#pragma once

#include "domain/Account.h"
#include "gui/lookups/LookupBatch.h"
#include "gui/lookups/LookupEntry.h"
#include "gui/lookups/LookupsExport.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QNetworkAccessManager;
class QAction;
class QSystemTrayIcon;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace Paydesk {

class AccountStore;
class AccountsDialog;
class CheckoutPane;
class HistoryStore;
class ImageLoader;
class KeychainStore;
class LookupJob;
class LookupService;
class MainWindow;
class RecentLookupsModel;
class RefreshClock;
class RefreshScheduler;
struct LookupOutcome;

// What the window works with; everything is owned elsewhere and must outlive the window.
struct MainWindowSetup {
    LookupService *lookups = nullptr; // required
    HistoryStore *history = nullptr;  // optional: found checkouts are remembered there
    ImageLoader *images = nullptr;    // optional: avatars and method icons in the pane
    QList<Account> accounts;          // for the account chooser
    QString demoBanner;               // demo mode when not empty: shown above the lookup bar
    QStringList demoIds;              // offered in the "Demo checkouts" menu
    QString settingsFile;             // window geometry and splitter; empty: not remembered
    // All three set: File › Accounts… edits the accounts (not in the demo).
    AccountStore *accountStore = nullptr;
    KeychainStore *keychain = nullptr;
    QNetworkAccessManager *nam = nullptr;
    // Time for the live refresh of checkouts that are not final; the system's when null.
    RefreshClock *refreshClock = nullptr;
    // Instead of `history`: opens it once the window's first frame is on screen (at the latest
    // after historyDeadline), as opening the file and reading the list's first page are not
    // what that frame shows. Returns the history, open or not (its error is then shown); it
    // must outlive the window. Lookups asked for before then wait for it, in order.
    std::function<HistoryStore *()> openHistory;
    // What else the first frame need not wait for (the demo: its server, accounts and
    // checkouts), run with the window at the same moment, after openHistory. Lookups asked for
    // before wait until it has run, in order.
    std::function<void(MainWindow &)> startLater;
};

// The dashboard: a lookup bar, the recent lookups and the detail pane of the current one.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowSetup &setup, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Looks each input up (an id or a checkout URL) with `account`, or automatically. An input
    // naming a checkout given before in `inputs`, or already being looked up, is left out.
    void lookUp(const QStringList &inputs, const QString &account = {});
    void setAccounts(const QList<Account> &accounts);
    // The demo's checkouts, offered in the "Demo checkouts" menu (shown in demo mode).
    void setDemoCheckouts(const QStringList &ids);

    RecentLookupsModel *lookupsModel() const { return m_model; }
    RefreshScheduler *refreshScheduler() const { return m_refresh; }
    // Live refresh on or off, as File › Refresh open checkouts by themselves does; remembered.
    void setLiveRefresh(bool enabled);
    bool liveRefresh() const;
    int lookupsInProgress() const { return static_cast<int>(m_jobs.size()); }
    // How long lookups run before the progress bar, cancel button and counts appear (Escape
    // cancels from the start).
    static constexpr std::chrono::milliseconds busyDelay{200};
    // An openHistory or startLater given to the window has not run yet: lookups asked for now
    // wait.
    bool isHistoryPending() const { return m_startPending; }
    // How long the window waits for its first frame before it opens the history anyway (a
    // window mapped on another desktop may not be exposed until someone looks at it).
    static constexpr std::chrono::milliseconds historyDeadline{1000};
    // The lookups running together, or (after they all ended) nothing.
    const LookupBatch &lookupBatch() const { return m_batch; }
    void saveSettings() const;
    // File › Export to CSV asks for a file name with this (a QFileDialog unless replaced):
    // given a suggested path, it returns the chosen one, or nothing to cancel.
    void setExportFileChooser(std::function<QString(const QString &suggested)> choose);

public Q_SLOTS:
    void cancelLookups();
    // Lookups another Paydesk process handed over (a link, `paydesk ID...`): looked up like
    // typed ones, with the window brought to the front.
    void receiveLookups(const QStringList &inputs);
    // What a click on the desktop notification does: the window comes to the front with the
    // checkout it was about.
    void openNotifiedCheckout();

Q_SIGNALS:
    // A background refresh changed a checkout's status while the window was not active; a
    // desktop notification says so where a system tray is available.
    void statusChangeNotified(quint64 key, const QString &title, const QString &message);
    // The history is open (or failed to open, which the status bar says), its first page is
    // in the list, startLater has run, and the lookups that waited for them have started.
    void historyReady();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpLookupBar();
    void enableClearButtons();
    void setUpMenus(const QStringList &demoIds);
    void setUpDetail(ImageLoader *images);
    void setUpKeyboardAndNames();
    void setUpExport();
    void exportLookups(ExportScope scope);
    void startLaterOn(std::function<HistoryStore *()> openHistory,
                      std::function<void(MainWindow &)> startLater);
    void finishStart();
    void attachHistory(HistoryStore *history);
    void enableHistoryActions(bool enabled);
    void sayHistoryState();
    void restoreSettings();
    void applyDefaultGeometry();
    void applyDefaultSplit();
    void submitLookupField();
    // False when the checkout is already being looked up (it is then only selected).
    bool startLookup(const QString &input, const QString &account, bool select);
    void onLookupFinished(quint64 key, const LookupOutcome &outcome);
    void updateBusy();
    void showEntry(const LookupEntry &entry);
    void clearDetail();
    void onEntryRemoved(const LookupEntry &entry);
    void clearHistory();
    void openAccounts();
    void reloadAccounts();
    void showAbout();
    QString chosenAccount() const;
    void setUpLiveRefresh(RefreshClock *clock);
    void refreshInBackground(quint64 key);
    void onRefreshFinished(quint64 key, const LookupOutcome &outcome);
    void followStatus(quint64 key, bool restart);
    void notifyStatusChange(quint64 key, CheckoutStatus before);
    void markShownAsSeen();

    std::unique_ptr<Ui::MainWindow> m_ui;
    LookupService *m_lookups;
    HistoryStore *m_history;
    // Until the first frame is on screen: how to open the history, what else to start, and the
    // lookups asked for meanwhile.
    bool m_startPending = false;
    bool m_finishingStart = false;
    std::function<HistoryStore *()> m_openHistory;
    std::function<void(MainWindow &)> m_startLater;
    struct WaitingLookups {
        QStringList inputs;
        QString account;
    };
    QList<WaitingLookups> m_waitingLookups;
    QString m_settingsFile;
    RecentLookupsModel *m_model;
    CheckoutPane *m_pane = nullptr;
    AccountStore *m_accountStore;
    KeychainStore *m_keychain;
    QNetworkAccessManager *m_nam;
    AccountsDialog *m_accountsDialog = nullptr;
    QHash<quint64, QPointer<LookupJob>> m_jobs;
    // Live refresh: the scheduler, the quiet lookups it started, and the desktop notification.
    RefreshScheduler *m_refresh = nullptr;
    QHash<quint64, QPointer<LookupJob>> m_refreshJobs;
    QAction *m_liveRefreshAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    quint64 m_notifiedKey = 0;
    // The changes the pane marks for the row shown: kept while it stays shown, though the row
    // forgets them as soon as they are seen.
    quint64 m_changesKey = 0;
    std::optional<Checkout> m_changesBaseline;
    LookupBatch m_batch;
    std::function<QString(const QString &)> m_chooseExportFile;
    QLabel *m_batchCounts = nullptr; // beside the progress bar: found and failed so far
    QTimer *m_busyDelay = nullptr;   // lookups running this long show the progress bar
    bool m_busyShown = false;
    bool m_demo = false; // a demo banner was given: the window shows the demo's checkouts
};

} // namespace Paydesk
