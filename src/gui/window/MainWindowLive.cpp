// Live refresh: checkouts that are not final are looked up again by themselves, quietly (no
// "Loading…", no busy bar), on the RefreshScheduler's growing interval; a status change tints
// the row, and tells the desktop when the window is in the background.
#include "gui/window/MainWindow.h"

#include "ui_MainWindow.h"

#include "gui/common/StatusStyle.h"
#include "gui/detail/CheckoutPane.h"
#include "gui/live/RefreshClock.h"
#include "gui/live/RefreshScheduler.h"
#include "gui/lookups/RecentLookupsModel.h"
#include "gui/lookups/RecentLookupsView.h"
#include "network/LookupService.h"

#include <QAction>
#include <QEvent>
#include <QLoggingCategory>
#include <QSettings>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

Q_LOGGING_CATEGORY(lcLive, "paydesk.gui.live")

const QString liveRefreshKey = u"LiveRefresh/enabled"_s;

} // namespace

void MainWindow::setUpLiveRefresh(RefreshClock *clock) {
    if (!clock)
        clock = new SystemRefreshClock(this);
    m_refresh = new RefreshScheduler(clock, this);
    connect(m_refresh, &RefreshScheduler::refreshDue, this, &MainWindow::refreshInBackground);
    connect(m_refresh, &RefreshScheduler::gaveUp, this, [](quint64 key) {
        qCInfo(lcLive) << "row" << key << "is no longer refreshed: still not final after"
                       << RefreshScheduler::defaultBoundMs / 60'000 << "minutes";
    });

    m_liveRefreshAction = new QAction(tr("&Refresh open checkouts by themselves"), this);
    m_liveRefreshAction->setObjectName(u"actionLiveRefresh"_s);
    m_liveRefreshAction->setCheckable(true);
    m_liveRefreshAction->setToolTip(
        tr("Look up checkouts that are not final again every few seconds, then every minute, "
           "for up to 30 minutes"));
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_liveRefreshAction);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    bool enabled = true;
    if (!m_settingsFile.isEmpty())
        enabled =
            QSettings(m_settingsFile, QSettings::IniFormat).value(liveRefreshKey, true).toBool();
    m_liveRefreshAction->setChecked(enabled);
    m_refresh->setEnabled(enabled);
    connect(m_liveRefreshAction, &QAction::toggled, this, &MainWindow::setLiveRefresh);
}

void MainWindow::setLiveRefresh(bool enabled) {
    if (m_liveRefreshAction->isChecked() != enabled) {
        m_liveRefreshAction->setChecked(enabled); // comes back here through toggled
        return;
    }
    m_refresh->setEnabled(enabled);
    if (!enabled) {
        for (const QPointer<LookupJob> &job : std::as_const(m_refreshJobs)) {
            if (job) {
                job->disconnect(this);
                job->cancel();
            }
        }
        m_refreshJobs.clear();
    } else {
        // The rows already there that are not final start again from 5 s.
        for (int row = 0; row < m_model->rowCount(); ++row)
            followStatus(m_model->entry(row).key, true);
    }
    if (!m_settingsFile.isEmpty()) {
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        settings.setValue(liveRefreshKey, enabled);
    }
}

bool MainWindow::liveRefresh() const {
    return m_refresh->isEnabled();
}

// After a lookup of the row: a status that is not final is watched (from 5 s again when the
// operator asked, `restart`), a final one or a failure is not.
void MainWindow::followStatus(quint64 key, bool restart) {
    const int row = m_model->rowOfKey(key);
    if (row < 0) {
        m_refresh->unwatch(key);
        return;
    }
    const LookupEntry &entry = m_model->entry(row);
    const bool open = entry.state == LookupEntry::State::Found && entry.checkout
                      && isStatusInProgress(entry.checkout->status);
    if (!open)
        m_refresh->unwatch(key);
    else if (restart || !m_refresh->isWatching(key))
        m_refresh->watch(key);
}

void MainWindow::refreshInBackground(quint64 key) {
    const int row = m_model->rowOfKey(key);
    if (row < 0) {
        m_refresh->unwatch(key); // the row went (removed, history cleared)
        return;
    }
    const LookupEntry &entry = m_model->entry(row);
    // The operator's own lookup of it is running, or the last refresh has not answered yet.
    if (entry.state == LookupEntry::State::Loading || m_refreshJobs.value(key))
        return;
    if (!entry.checkout)
        return;
    LookupJob *job = m_lookups->lookup(entry.checkout->id, entry.checkout->account);
    m_refreshJobs.insert(key, job);
    connect(job, &LookupJob::finished, this,
            [this, key](const LookupOutcome &outcome) { onRefreshFinished(key, outcome); });
}

void MainWindow::onRefreshFinished(quint64 key, const LookupOutcome &outcome) {
    m_refreshJobs.remove(key);
    const int row = m_model->rowOfKey(key);
    if (outcome.canceled || row < 0)
        return;
    if (!outcome.result.ok()) {
        // A refresh that failed changes nothing on screen: the row keeps what it showed, and
        // the next one is tried on the schedule.
        qCInfo(lcLive).noquote() << "refresh of" << outcome.id
                                 << "failed:" << outcome.result.error().message;
        return;
    }
    if (m_model->entry(row).state == LookupEntry::State::Loading)
        return; // the operator's lookup will answer
    const CheckoutStatus before = m_model->entry(row).checkout
                                      ? m_model->entry(row).checkout->status
                                      : CheckoutStatus::Unknown;
    m_model->setFound(key, outcome.result.value(), QDateTime::currentDateTimeUtc());
    followStatus(key, false);
    notifyStatusChange(key, before);
}

void MainWindow::notifyStatusChange(quint64 key, CheckoutStatus before) {
    const int row = m_model->rowOfKey(key);
    if (row < 0 || isActiveWindow())
        return;
    const LookupEntry &entry = m_model->entry(row);
    if (!entry.checkout || entry.checkout->status == before)
        return;
    const QString title =
        tr("Checkout %1 is now %2").arg(entry.displayId(), statusText(entry.checkout->status));
    const QString message = tr("It was %1. Click to open it in Paydesk.").arg(statusText(before));
    m_notifiedKey = key;
    Q_EMIT statusChangeNotified(key, title, message);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Paydesk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::openNotifiedCheckout);
        connect(m_tray, &QSystemTrayIcon::activated, this, &MainWindow::openNotifiedCheckout);
        m_tray->show();
    }
    m_tray->showMessage(title, message, windowIcon());
}

void MainWindow::openNotifiedCheckout() {
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    if (m_notifiedKey != 0 && m_model->rowOfKey(m_notifiedKey) >= 0)
        m_ui->lookupsView->selectKey(m_notifiedKey);
}

// The row shown in the pane, with the window active, counts as seen: its marks stay on
// screen until another row is shown, and the row forgets them.
void MainWindow::markShownAsSeen() {
    if (!isActiveWindow())
        return;
    const LookupEntry *entry = m_ui->lookupsView->currentEntry();
    if (entry && entry->previous)
        m_model->markSeen(entry->key);
}

void MainWindow::changeEvent(QEvent *event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        markShownAsSeen();
}

} // namespace Paydesk
