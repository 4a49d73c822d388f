// The parts of MainWindow that talk to the detail pane and the accounts dialog.
#include "gui/window/MainWindow.h"

#include "ui_MainWindow.h"

#include "gui/lookups/StatusBadge.h"

using namespace Qt::StringLiterals;

namespace Paydesk {

void MainWindow::setUpDetail() {
    m_detail = m_ui->detailPlaceholder;
}

void MainWindow::showEntry(const LookupEntry &entry) {
    switch (entry.state) {
    case LookupEntry::State::Loading:
        m_ui->detailPlaceholder->setText(tr("Looking up %1…").arg(entry.displayId()));
        break;
    case LookupEntry::State::Failed:
        m_ui->detailPlaceholder->setText(entry.error.message);
        break;
    case LookupEntry::State::Found:
        m_ui->detailPlaceholder->setText(
            u"%1\n%2"_s.arg(entry.displayId(), statusBadge(entry).text));
        break;
    }
}

void MainWindow::clearDetail() {
    m_ui->detailPlaceholder->setText(tr("Select a lookup to see its details."));
}

void MainWindow::openAccounts() {
    statusBar()->showMessage(tr("Accounts are managed with “paydesk account”."), 10000);
}

} // namespace Paydesk
