// The parts of MainWindow that open the accounts dialog and follow its changes.
#include "gui/window/MainWindow.h"

#include "ui_MainWindow.h"

#include "gui/accounts/AccountsDialog.h"
#include "network/LookupService.h"
#include "storage/AccountStore.h"

using namespace Qt::StringLiterals;

namespace Paydesk {

void MainWindow::openAccounts() {
    if (!m_accountStore || !m_keychain || !m_nam)
        return;
    if (!m_accountsDialog) {
        m_accountsDialog = new AccountsDialog(m_accountStore, m_keychain, m_nam, this);
        m_accountsDialog->setObjectName(u"accountsDialog"_s);
        connect(m_accountsDialog, &AccountsDialog::accountsChanged, this,
                &MainWindow::reloadAccounts);
    }
    m_accountsDialog->open(); // window-modal; lookups go on behind it
}

void MainWindow::reloadAccounts() {
    const QList<Account> accounts = m_accountStore->accounts();
    m_lookups->setAccounts(accounts);
    setAccounts(accounts);
}

} // namespace Paydesk
