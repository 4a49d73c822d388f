// The parts of MainWindow that talk to the detail pane.
#include "gui/window/MainWindow.h"

#include "ui_MainWindow.h"

#include "gui/detail/CheckoutPane.h"
#include "gui/lookups/RecentLookupsView.h"
#include "storage/HistoryStore.h"

#include <QSplitter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Paydesk {

void MainWindow::setUpDetail(ImageLoader *images) {
    m_pane = new CheckoutPane(images);
    m_pane->setObjectName(u"checkoutPane"_s);
    m_pane->setMinimumWidth(320);
    QWidget *placeholder = m_ui->mainSplitter->replaceWidget(1, m_pane);
    delete placeholder;
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_pane->clear();
    connect(m_pane, &CheckoutPane::retryRequested, this, [this](const QString &input) {
        const LookupEntry *entry = m_ui->lookupsView->currentEntry();
        const QString account = entry && (entry->input == input || entry->id == input)
                                    ? entry->account
                                    : chosenAccount();
        startLookup(input, account, true);
    });
}

// The list gets what shows its columns up to the customer; the pane the rest, and never less
// than its minimum.
void MainWindow::applyDefaultSplit() {
    if (QLayout *layout = this->layout())
        layout->activate();
    if (QLayout *layout = m_ui->centralWidget->layout())
        layout->activate();
    QSplitter *splitter = m_ui->mainSplitter;
    const int total = splitter->width() - splitter->handleWidth();
    const int paneMinimum = m_pane ? m_pane->minimumSizeHint().width() : 0;
    const int list = std::clamp(m_ui->lookupsView->preferredWidth(), total / 3,
                                std::max(total / 3, total - paneMinimum));
    splitter->setSizes({list, total - list});
}

void MainWindow::showEntry(const LookupEntry &entry) {
    switch (entry.state) {
    case LookupEntry::State::Loading:
        m_pane->showLoading(entry.input);
        break;
    case LookupEntry::State::Failed:
        m_pane->showError(entry.input, entry.error);
        break;
    case LookupEntry::State::Found: {
        // Pages of the history leave the raw body out until a row is shown.
        Checkout checkout = *entry.checkout;
        if (checkout.rawJson.isEmpty() && m_history)
            checkout.rawJson = m_history->rawJson(entry.historyKey());
        // Marked changes stay on screen while the row does, though the row forgets them once
        // seen (markShownAsSeen below announces the row again, without them).
        if (entry.previous) {
            m_changesKey = entry.key;
            m_changesBaseline = entry.previous;
        } else if (entry.key != m_changesKey) {
            m_changesKey = 0;
            m_changesBaseline.reset();
        }
        m_pane->setCheckout(checkout, m_changesBaseline);
        markShownAsSeen();
        return;
    }
    }
}

void MainWindow::clearDetail() {
    m_changesKey = 0;
    m_changesBaseline.reset();
    m_pane->clear();
}

} // namespace Paydesk
