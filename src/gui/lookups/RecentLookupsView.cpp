#include "gui/lookups/RecentLookupsView.h"

#include "domain/CheckoutJson.h"
#include "gui/common/DateTimeText.h"
#include "gui/common/StatusStyle.h"
#include "gui/common/ThemedIcon.h"
#include "gui/lookups/LookupItemDelegate.h"
#include "gui/lookups/LookupsExport.h"
#include "gui/lookups/RecentLookupsModel.h"
#include "gui/lookups/RecentLookupsProxy.h"
#include "gui/lookups/StatusBadge.h"
#include "gui/lookups/StatusBadgeDelegate.h"
#include "providers/ProviderRegistry.h"
#include "storage/LookupCsv.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyle>

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
    // The customer column takes what the others leave (see setDefaultColumns).
    header()->setStretchLastSection(false);
    header()->setSortIndicatorShown(true);
    createActions();
    createColumnsMenu();
    connect(this, &QWidget::customContextMenuRequested, this, &RecentLookupsView::showContextMenu);
}

void RecentLookupsView::createActions() {
    m_copyUrl = makeAction(this, u"copyUrlAction"_s, tr("Copy checkout &URL"));
    m_copyUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyId = makeAction(this, u"copyIdAction"_s, tr("Copy &id"));
    m_copyRows = makeAction(this, u"copyRowsAction"_s, tr("Copy &rows for a spreadsheet"));
    m_copyRows->setShortcut(QKeySequence::Copy);
    m_copyJson = makeAction(this, u"copyJsonAction"_s, tr("Copy as &JSON"));
    m_openInBrowser = makeAction(this, u"openInBrowserAction"_s, tr("&Open in browser"));
    m_copyUrl->setIcon(copyIcon());
    m_openInBrowser->setIcon(openInBrowserIcon());
    m_lookUpAgain = makeAction(this, u"lookUpAgainAction"_s, tr("&Look up again"));
    m_lookUpAgain->setShortcut(QKeySequence::Refresh);
    m_remove = makeAction(this, u"removeAction"_s, tr("&Remove"));
    m_remove->setShortcut(QKeySequence::Delete);

    connect(m_copyUrl, &QAction::triggered, this, &RecentLookupsView::copyUrl);
    connect(m_copyId, &QAction::triggered, this, &RecentLookupsView::copyId);
    connect(m_copyRows, &QAction::triggered, this, &RecentLookupsView::copyRows);
    connect(m_copyJson, &QAction::triggered, this, &RecentLookupsView::copyJson);
    connect(m_openInBrowser, &QAction::triggered, this, &RecentLookupsView::openInBrowser);
    connect(m_lookUpAgain, &QAction::triggered, this, &RecentLookupsView::lookUpAgain);
    connect(m_remove, &QAction::triggered, this, &RecentLookupsView::removeCurrent);

    m_menu = new QMenu(this);
    m_menu->setObjectName(u"lookupsContextMenu"_s);
    m_menu->addActions({m_copyUrl, m_copyId, m_copyJson, m_copyRows});
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
    setDefaultColumns();

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

// As a mail client's message list: at first, the columns an operator reads a row by (status,
// id, amount, customer, created); provider and mode, which the amount's currency and the pane
// tell, and the account are a right click away in the header. The customer column takes the
// width the others leave and gives it back when the list narrows, so that the list needs no
// sideways scrolling while it can; long names elide, ids in the middle (both ends stay
// readable). A header state the operator saved replaces all of this (restoreState).
void RecentLookupsView::setDefaultColumns() {
    for (const Column column : {Column::Provider, Column::Mode, Column::Account})
        header()->hideSection(static_cast<int>(column));
    header()->setSectionResizeMode(static_cast<int>(Column::Customer), QHeaderView::Stretch);
    // Only the shown columns are measured before the window's first frame; a hidden one is
    // when it is shown (updateColumnsMenu).
    for (int column = 0; column < header()->count(); ++column) {
        if (!header()->isSectionHidden(column))
            header()->resizeSection(column, columnWidthFor(column));
    }
}

// Wide enough for the values a column holds, measured in the interface's language and
// locale: every status and failure word, any provider's name, a long id, a large amount in
// either currency, a date. Provider and mode hold one short word each. The customer's width is
// what the list asks for it at first (preferredWidth).
int RecentLookupsView::valuesWidth(int column) const {
    // What the style adds around an item's text (QCommonStyle's item text margin, each side),
    // and a little to spare.
    const int padding =
        2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 4;
    const auto widest = [padding](const QStringList &texts, const QFontMetrics &metrics) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + padding;
    };
    switch (static_cast<Column>(column)) {
    case Column::Status: {
        QStringList statuses;
        for (int status = 0; status <= static_cast<int>(CheckoutStatus::Unknown); ++status)
            statuses << statusText(static_cast<CheckoutStatus>(status));
        // A failed lookup shows its kind in the same column.
        for (int kind = 0; kind <= static_cast<int>(ErrorKind::NoAccount); ++kind)
            statuses << errorKindText(static_cast<ErrorKind>(kind));
        // A badge: its bold word and the badge's own padding.
        QFont bold = font();
        bold.setBold(true);
        return widest(statuses, QFontMetrics(bold)) + 8;
    }
    case Column::Provider: {
        QStringList providers;
        for (const PaymentProvider *provider : ProviderRegistry::all())
            providers << provider->displayName();
        return widest(providers, fontMetrics());
    }
    case Column::Mode:
        return widest({modeText(Mode::Live), modeText(Mode::Test)}, fontMetrics());
    case Column::Id:
        // A Chargily Pay id, the longest; an Orqex id is shorter.
        return widest({u"01hqb9y73my63fch26w14wmchw"_s}, fontMetrics());
    case Column::Amount: {
        QStringList amounts;
        for (const auto &[units, currency] :
             {std::pair{u"9999999.99"_s, u"DZD"_s}, std::pair{u"99999999"_s, u"XOF"_s}}) {
            if (const std::optional<Money> money = Money::fromDecimal(units, currency))
                amounts << formatMoney(*money, locale());
        }
        return widest(amounts, fontMetrics());
    }
    case Column::Customer:
        return widest({u"Amélie Ndiaye-Traoré"_s}, fontMetrics());
    case Column::Created: {
        const QDateTime sampleTime(QDate(2026, 12, 28), QTime(23, 58), Qt::LocalTime);
        return widest({dateTimeText(sampleTime, locale())}, fontMetrics());
    }
    case Column::Account:
        return widest({u"chargily-live"_s}, fontMetrics());
    case Column::Count:
        break;
    }
    return 0;
}

// A column's values' width, measured once, and never narrower than its header.
int RecentLookupsView::columnWidthFor(int column) const {
    if (m_valuesWidths.size() != header()->count())
        m_valuesWidths.fill(-1, header()->count());
    int &values = m_valuesWidths[column];
    if (values < 0)
        values = valuesWidth(column);
    return std::max(values, header()->sectionSizeHint(column));
}

int RecentLookupsView::preferredWidth() const {
    int width = 0;
    for (int column = 0; column < header()->count(); ++column) {
        if (header()->isSectionHidden(column))
            continue;
        // The stretched column's size is whatever is left: count what it asks for instead.
        width += header()->sectionResizeMode(column) == QHeaderView::Stretch
                     ? columnWidthFor(column)
                     : header()->sectionSize(column);
    }
    return width + 2 * frameWidth()
           + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
}

void RecentLookupsView::resizeEvent(QResizeEvent *event) {
    QTreeView::resizeEvent(event); // also the viewport's, as the vertical scroll bar comes or goes
    narrowIdToFit();
}

// As the list narrows, the customer column (stretched) gives its width back first, down to a
// few words of a name; then the id column, cut in the middle (textElideMode), down to both
// ends of an id. Only below that does the list scroll sideways. Wider again, the id column
// grows back to the width chosen for it.
QByteArray RecentLookupsView::saveHeaderState() {
    const int id = static_cast<int>(Column::Id);
    const int shown = header()->sectionSize(id);
    if (m_chosenIdWidth <= 0 || shown != m_narrowedIdWidth || shown == m_chosenIdWidth)
        return header()->saveState();
    // Saved with the chosen width, then cut again; the view is not told, as nothing it shows
    // changes.
    const QSignalBlocker quiet(header());
    header()->resizeSection(id, m_chosenIdWidth);
    const QByteArray state = header()->saveState();
    header()->resizeSection(id, shown);
    return state;
}

void RecentLookupsView::narrowIdToFit() {
    const int id = static_cast<int>(Column::Id);
    const int customer = static_cast<int>(Column::Customer);
    if (!model() || header()->isSectionHidden(id) || header()->isSectionHidden(customer)
        || header()->sectionResizeMode(customer) != QHeaderView::Stretch)
        return;
    // A width the list did not set itself (the defaults, a drag, "Fit to contents", a restored
    // state) is the one it returns to when there is room again.
    if (header()->sectionSize(id) != m_narrowedIdWidth)
        m_chosenIdWidth = header()->sectionSize(id);
    int others = 0;
    for (int column = 0; column < header()->count(); ++column) {
        if (column != id && column != customer && !header()->isSectionHidden(column))
            others += header()->sectionSize(column);
    }
    const int padding =
        2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 4;
    const int customerMinimum = fontMetrics().averageCharWidth() * 10 + padding;
    // Both ends of an id, enough to tell it from its neighbours and find it in a provider's
    // dashboard.
    const int idMinimum =
        std::min(m_chosenIdWidth, fontMetrics().horizontalAdvance(u"01hq\u2026mchw"_s) + padding);
    const int room = viewport()->width() - others - customerMinimum;
    const int width = std::clamp(room, idMinimum, m_chosenIdWidth);
    m_narrowedIdWidth = width;
    if (header()->sectionSize(id) != width)
        header()->resizeSection(id, width);
}

void RecentLookupsView::fitColumnsToContents() {
    for (int column = 0; column < header()->count(); ++column) {
        // The stretched column keeps taking what the others leave.
        if (!header()->isSectionHidden(column)
            && header()->sectionResizeMode(column) != QHeaderView::Stretch)
            header()->resizeSection(column,
                                    std::max(columnWidthFor(column), sizeHintForColumn(column)));
    }
}

void RecentLookupsView::createColumnsMenu() {
    m_columnsMenu = new QMenu(this);
    m_columnsMenu->setObjectName(u"columnsMenu"_s);
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    // Filled as it opens, so it shows the columns as they are (also after a restored state).
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &RecentLookupsView::updateColumnsMenu);
    connect(header(), &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        m_columnsMenu->popup(header()->viewport()->mapToGlobal(position));
    });
}

void RecentLookupsView::updateColumnsMenu() {
    m_columnsMenu->clear();
    if (!model())
        return;
    for (int column = 0; column < header()->count(); ++column) {
        QAction *action =
            m_columnsMenu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(u"showColumn%1"_s.arg(column));
        action->setCheckable(true);
        action->setChecked(!header()->isSectionHidden(column));
        // The id names the row: it stays.
        action->setEnabled(column != static_cast<int>(Column::Id));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            header()->setSectionHidden(column, !shown);
            if (shown && header()->sectionSize(column) < columnWidthFor(column))
                header()->resizeSection(column, columnWidthFor(column));
            Q_EMIT columnsChanged();
        });
    }
    m_columnsMenu->addSeparator();
    QAction *fit = m_columnsMenu->addAction(tr("&Fit columns to their contents"));
    fit->setObjectName(u"fitColumnsAction"_s);
    connect(fit, &QAction::triggered, this, &RecentLookupsView::fitColumnsToContents);
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
    m_copyRows->setEnabled(entry != nullptr);
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

void RecentLookupsView::copyRows() {
    const QList<HistoryEntry> rows = rowsToExport(*this, ExportScope::Selected);
    if (!rows.isEmpty())
        QGuiApplication::clipboard()->setText(lookupsTabSeparated(rows));
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
