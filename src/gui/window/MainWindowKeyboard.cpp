// The window as a keyboard and a screen reader meet it: the platform's standard shortcuts,
// Tab in reading order, and a name for every control that shows no text of its own.
#include "gui/lookups/RecentLookupsView.h"
#include "gui/window/MainWindow.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QKeySequence>

namespace Paydesk {

namespace {

// The platform's Preferences keys; Ctrl+, where the platform names none (as KDE, macOS and
// most applications do).
QKeySequence preferencesKeys() {
    const QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    return keys.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : keys.first();
}

} // namespace

void MainWindow::setUpKeyboardAndNames() {
    m_ui->actionAccounts->setShortcut(preferencesKeys());
    // Look up again (Refresh) works wherever the focus is, for the checkout in the pane.
    if (auto *again = m_ui->lookupsView->findChild<QAction *>(QStringLiteral("lookUpAgainAction")))
        again->setShortcutContext(Qt::WindowShortcut);

    // The fields show their purpose only as placeholder text, which screen readers do not say.
    m_ui->lookupField->setAccessibleName(tr("Checkout ids or URLs to look up"));
    m_ui->accountChooser->setAccessibleName(tr("Account to look up with"));
    m_ui->filterField->setAccessibleName(tr("Filter recent lookups"));
    m_ui->lookupsView->setAccessibleName(tr("Recent lookups"));

    // Reading order: the lookup bar, then the list with its filter, then the pane.
    setTabOrder(m_ui->lookupField, m_ui->accountChooser);
    setTabOrder(m_ui->accountChooser, m_ui->lookupButton);
    setTabOrder(m_ui->lookupButton, m_ui->cancelButton);
    setTabOrder(m_ui->cancelButton, m_ui->filterField);
    setTabOrder(m_ui->filterField, m_ui->lookupsView);
    // The pane, made after the form, follows the list in the focus chain by itself.
}

} // namespace Paydesk
