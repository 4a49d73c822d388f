#include "gui/lookups/RecentLookupsView.h"

#include "domain/CheckoutJson.h"
#include "gui/common/DateTimeText.h"
#include "gui/common/StatusStyle.h"
#include "gui/lookups/LookupItemDelegate.h"
#include "gui/lookups/RecentLookupsModel.h"
#include "gui/lookups/RecentLookupsProxy.h"
#include "gui/lookups/StatusBadge.h"
#include "gui/lookups/StatusBadgeDelegate.h"
#include "providers/ProviderRegistry.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QMenu>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

using Column = RecentLookupsModel::Column;

QAction *makeAction(QWidget *owner, const QString &objectName, const QString &text) {
    auto *action = new QAction(text, owner);
    action->setObjectName(objectName);
    action->setShortcutContext(Qt::WidgetShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

RecentLookupsView::RecentLookupsView(QWidget *parent)
    : QTreeView(parent)
    , m_proxy(new RecentLookupsProxy(this)) {
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideMiddle);
    setItemDelegate(new LookupItemDelegate(this));
    setItemDelegateForColumn(static_cast<int>(Column::Status), new StatusBadgeDelegate(this));
    setContextMenuPolicy(Qt::CustomContextMenu);
    header()->setStretchLastSection(true);
    header()->setSortIndicatorShown(true);
    createActions();
    connect(this, &QWidget::customContextMenuRequested, this, &RecentLookupsView::showContextMenu);
}

void RecentLookupsView::createActions() {
    m_copyUrl = makeAction(this, u"copyUrlAction"_s, tr("Copy checkout &URL"));
    m_copyUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyId = makeAction(this, u"copyIdAction"_s, tr("Copy &id"));
    m_copyId->setShortcut(QKeySequence::Copy);
    m_copyJson = makeAction(this, u"copyJsonAction"_s, tr("Copy as &JSON"));
    m_openInBrowser = makeAction(this, u"openInBrowserAction"_s, tr("&Open in browser"));
    m_lookUpAgain = makeAction(this, u"lookUpAgainAction"_s, tr("&Look up again"));
    m_lookUpAgain->setShortcut(QKeySequence::Refresh);
    m_remove = makeAction(this, u"removeAction"_s, tr("&Remove"));
    m_remove->setShortcut(QKeySequence::Delete);

    connect(m_copyUrl, &QAction::triggered, this, &RecentLookupsView::copyUrl);
    connect(m_copyId, &QAction::triggered, this, &RecentLookupsView::copyId);
    connect(m_copyJson, &QAction::triggered, this, &RecentLookupsView::copyJson);
    connect(m_openInBrowser, &QAction::triggered, this, &RecentLookupsView::openInBrowser);
    connect(m_lookUpAgain, &QAction::triggered, this, &RecentLookupsView::lookUpAgain);
    connect(m_remove, &QAction::triggered, this, &RecentLookupsView::removeCurrent);

    m_menu = new QMenu(this);
    m_menu->setObjectName(u"lookupsContextMenu"_s);
    m_menu->addActions({m_copyUrl, m_copyId, m_copyJson});
    m_menu->addSeparator();
    m_menu->addActions({m_openInBrowser, m_lookUpAgain});
    m_menu->addSeparator();
    m_menu->addAction(m_remove);
    updateActions();
}

void RecentLookupsView::setLookupsModel(RecentLookupsModel *model) {
    m_model = model;
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    // Newest first until the operator picks a column to sort by.
    header()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    setDefaultColumnWidths();

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecentLookupsView::announceCurrent);
    connect(model, &QAbstractItemModel::dataChanged, this, &RecentLookupsView::onSourceDataChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecentLookupsView::announceCurrent);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const LookupEntry *entry = currentEntry();
        m_keyBeforeReset = entry ? entry->historyKey() : QString();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        restoreCurrent(m_keyBeforeReset);
        announceCurrent();
    });
    announceCurrent();
}

// Wide enough for typical values: any provider's name, a long id, a large amount, a date and time.
void RecentLookupsView::setDefaultColumnWidths() {
    const QFontMetrics metrics = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int padding = 24;
    const auto textWidth = [&](const QString &text) {
        return metrics.horizontalAdvance(text) + padding;
    };
    // The widest status word depends on the language, so every status is measured.
    int statusWidth = 0;
    for (int status = 0; status <= static_cast<int>(CheckoutStatus::Unknown); ++status)
        statusWidth = std::max(statusWidth, boldMetrics.horizontalAdvance(
                                                statusText(static_cast<CheckoutStatus>(status))));
    const QDateTime sampleTime(QDate(2026, 12, 28), QTime(23, 58), Qt::LocalTime);
    int providerWidth = textWidth(tr("Provider"));
    for (const PaymentProvider *provider : ProviderRegistry::all())
        providerWidth = std::max(providerWidth, textWidth(provider->displayName()));
    const QList<std::pair<Column, int>> widths = {
        {Column::Status, statusWidth + padding},
        {Column::Provider, providerWidth},
        {Column::Mode, textWidth(tr("Mode"))},
        {Column::Id, textWidth(u"01hqb9y73my63fch26w14wmchw"_s) + 8},
        {Column::Amount, textWidth(u"1,000,000.00 DZD"_s)},
        {Column::Customer, textWidth(u"Amélie Ndiaye"_s)},
        {Column::Created, textWidth(dateTimeText(sampleTime))},
    };
    for (const auto &[column, width] : widths)
        header()->resizeSection(static_cast<int>(column), width);
}

int RecentLookupsView::currentSourceRow() const {
    if (!m_model)
        return -1;
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy->mapToSource(current).row();
}

const LookupEntry *RecentLookupsView::currentEntry() const {
    const int row = currentSourceRow();
    return row < 0 ? nullptr : &m_model->entry(row);
}

void RecentLookupsView::selectKey(quint64 key) {
    const int sourceRow = m_model ? m_model->rowOfKey(key) : -1;
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_proxy->setFilterText({}); // may read the rows again: look the key up anew
        const int row = m_model->rowOfKey(key);
        if (row < 0)
            return;
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    setCurrentIndex(index);
    scrollTo(index);
}

void RecentLookupsView::restoreCurrent(const QString &historyKey) {
    if (historyKey.isEmpty())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entry(row).historyKey() == historyKey) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid())
                setCurrentIndex(index);
            return;
        }
    }
}

void RecentLookupsView::announceCurrent() {
    updateActions();
    const LookupEntry *entry = currentEntry();
    if (!entry) {
        if (m_announcedKey != 0) {
            m_announcedKey = 0;
            Q_EMIT currentEntryCleared();
        }
        return;
    }
    m_announcedKey = entry->key;
    Q_EMIT currentEntryChanged(*entry);
}

void RecentLookupsView::onSourceDataChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight) {
    const int row = currentSourceRow();
    if (row >= topLeft.row() && row <= bottomRight.row())
        announceCurrent();
}

void RecentLookupsView::updateActions() {
    const LookupEntry *entry = currentEntry();
    const bool found = entry && entry->checkout;
    const bool hasUrl =
        found && entry->checkout->checkoutUrl.isValid() && !entry->checkout->checkoutUrl.isEmpty();
    m_copyUrl->setEnabled(hasUrl);
    m_openInBrowser->setEnabled(hasUrl);
    m_copyId->setEnabled(entry != nullptr);
    m_copyJson->setEnabled(found);
    m_lookUpAgain->setEnabled(entry && entry->state != LookupEntry::State::Loading);
    m_remove->setEnabled(entry != nullptr);
}

void RecentLookupsView::showContextMenu(const QPoint &position) {
    const QModelIndex index = indexAt(position);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    updateActions();
    m_menu->popup(viewport()->mapToGlobal(position));
}

void RecentLookupsView::copyUrl() {
    const LookupEntry *entry = currentEntry();
    if (entry && entry->checkout && !entry->checkout->checkoutUrl.isEmpty())
        QGuiApplication::clipboard()->setText(
            entry->checkout->checkoutUrl.toString(QUrl::FullyEncoded));
}

void RecentLookupsView::copyId() {
    if (const LookupEntry *entry = currentEntry())
        QGuiApplication::clipboard()->setText(entry->displayId());
}

void RecentLookupsView::copyJson() {
    const LookupEntry *entry = currentEntry();
    if (!entry || !entry->checkout)
        return;
    const QByteArray json =
        QJsonDocument(checkoutToJson(*entry->checkout)).toJson(QJsonDocument::Compact);
    QGuiApplication::clipboard()->setText(QString::fromUtf8(json));
}

void RecentLookupsView::openInBrowser() {
    const LookupEntry *entry = currentEntry();
    if (entry && entry->checkout && !entry->checkout->checkoutUrl.isEmpty())
        QDesktopServices::openUrl(entry->checkout->checkoutUrl);
}

void RecentLookupsView::lookUpAgain() {
    const LookupEntry *entry = currentEntry();
    if (!entry || entry->state == LookupEntry::State::Loading)
        return;
    const QString input = entry->id.isEmpty() ? entry->input : entry->id;
    const QString account = entry->checkout ? entry->checkout->account : entry->account;
    Q_EMIT lookUpAgainRequested(input, account);
}

void RecentLookupsView::removeCurrent() {
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    if (rows.isEmpty() && currentSourceRow() >= 0)
        rows << currentSourceRow();
    // Highest first, so each row number still means the same row.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows)) {
        const LookupEntry removed = m_model->entry(row);
        m_model->removeRows(row, 1);
        Q_EMIT entryRemoved(removed);
    }
}

} // namespace Paydesk
