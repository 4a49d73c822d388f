// The parts of MainWindow that talk to the detail pane.
#include "gui/window/MainWindow.h"

#include "ui_MainWindow.h"

#include "gui/detail/CheckoutPane.h"
#include "storage/HistoryStore.h"

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
        m_pane->setCheckout(checkout);
        break;
    }
    }
}

void MainWindow::clearDetail() {
    m_pane->clear();
}

} // namespace Paydesk
