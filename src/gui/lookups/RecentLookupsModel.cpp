#include "gui/lookups/RecentLookupsModel.h"

#include "domain/CheckoutChanges.h"
#include "gui/common/DateTimeText.h"
#include "gui/lookups/StatusBadge.h"
#include "providers/ProviderRegistry.h"
#include "storage/HistoryEntry.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

const QList<int> changedRoles = {Qt::DisplayRole,
                                 Qt::ToolTipRole,
                                 RecentLookupsModel::RawValueRole,
                                 RecentLookupsModel::FilterTextRole,
                                 RecentLookupsModel::BadgeStyleRole,
                                 Qt::BackgroundRole};

QString customerText(const Checkout &checkout) {
    if (!checkout.customer)
        return {};
    return checkout.customer->name.isEmpty() ? checkout.customer->email : checkout.customer->name;
}

} // namespace

RecentLookupsModel::RecentLookupsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int RecentLookupsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RecentLookupsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : columns;
}

QVariant RecentLookupsModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const LookupEntry &entry = m_entries.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, column);
    case Qt::ToolTipRole:
        return toolTipData(entry, column);
    case Qt::TextAlignmentRole:
        return alignmentData(column);
    case RawValueRole:
        return rawData(entry, column);
    case FilterTextRole:
        return filterTextData(entry, column);
    case BadgeStyleRole:
        return badgeData(entry, column);
    case Qt::BackgroundRole:
        return changedBackground(entry);
    default:
        return {};
    }
}

QVariant RecentLookupsModel::displayData(const LookupEntry &entry, Column column) const {
    const Checkout *checkout = entry.checkout ? &*entry.checkout : nullptr;
    switch (column) {
    case Column::Status:
        return statusBadge(entry).style.text;
    case Column::Provider:
        if (checkout)
            return ProviderRegistry::displayName(checkout->provider);
        return entry.provider ? ProviderRegistry::displayName(*entry.provider) : QString();
    case Column::Mode:
        return checkout && checkout->mode ? modeText(*checkout->mode) : QString();
    case Column::Id:
        return entry.displayId();
    case Column::Amount:
        return checkout && checkout->amount ? formatMoney(*checkout->amount, QLocale()) : QString();
    case Column::Customer:
        return checkout ? customerText(*checkout) : QString();
    case Column::Created:
        return checkout ? dateTimeText(checkout->createdAt) : QString();
    case Column::Account:
        return checkout && !checkout->account.isEmpty() ? checkout->account : entry.account;
    case Column::Count:
        break;
    }
    return {};
}

QVariant RecentLookupsModel::toolTipData(const LookupEntry &entry, Column column) const {
    if (entry.state == LookupEntry::State::Failed)
        return entry.error.message;
    if (!entry.checkout)
        return {};
    const Checkout &checkout = *entry.checkout;
    switch (column) {
    case Column::Status:
        return checkout.providerStatus;
    case Column::Amount:
        return checkout.amount
                   ? checkout.amount->toDecimalString() + u' ' + checkout.amount->currency()
                   : QString();
    case Column::Customer:
        return checkout.customer ? checkout.customer->email : QString();
    case Column::Created:
        return exactTimeText(checkout.createdAt);
    default:
        return {};
    }
}

QVariant RecentLookupsModel::alignmentData(Column column) const {
    if (column == Column::Amount)
        return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
}

QVariant RecentLookupsModel::rawData(const LookupEntry &entry, Column column) const {
    const Checkout *checkout = entry.checkout ? &*entry.checkout : nullptr;
    switch (column) {
    case Column::Status:
        return statusBadge(entry).order;
    case Column::Amount:
        return checkout && checkout->amount ? QVariant::fromValue(*checkout->amount) : QVariant();
    case Column::Created:
        return checkout ? checkout->createdAt : QDateTime();
    case Column::Provider:
        if (checkout)
            return checkout->provider;
        return entry.provider ? *entry.provider : QString();
    case Column::Mode:
        return checkout && checkout->mode ? modeKey(*checkout->mode) : QString();
    case Column::Customer:
        return checkout ? customerText(*checkout) : QString();
    case Column::Id:
    case Column::Account:
        return displayData(entry, column);
    case Column::Count:
        break;
    }
    return {};
}

QVariant RecentLookupsModel::filterTextData(const LookupEntry &entry, Column column) const {
    Q_UNUSED(column)
    // The history's own search text, so the rows in memory and the rows SQL finds match alike.
    return historySearchText(entry.toHistoryEntry());
}

QVariant RecentLookupsModel::badgeData(const LookupEntry &entry, Column column) const {
    if (column != Column::Status)
        return {};
    return QVariant::fromValue(statusBadge(entry).style);
}

// A row whose status changed since the operator last saw it: a wash of the palette's
// highlight over its base, so it shows in a light and a dark palette and the text stays
// readable.
QVariant RecentLookupsModel::changedBackground(const LookupEntry &entry) const {
    if (!entry.previous || !entry.checkout || entry.previous->status == entry.checkout->status)
        return {};
    const QPalette palette = QGuiApplication::palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight);
    constexpr float share = 0.3F;
    return QColor::fromRgbF(base.redF() * (1 - share) + highlight.redF() * share,
                            base.greenF() * (1 - share) + highlight.greenF() * share,
                            base.blueF() * (1 - share) + highlight.blueF() * share);
}

QVariant RecentLookupsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return alignmentData(static_cast<Column>(section));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Status:
        return tr("Status");
    case Column::Provider:
        return tr("Provider");
    case Column::Mode:
        return tr("Mode");
    case Column::Id:
        return tr("Id");
    case Column::Amount:
        return tr("Amount");
    case Column::Customer:
        return tr("Customer");
    case Column::Created:
        return tr("Created");
    case Column::Account:
        return tr("Account");
    case Column::Count:
        break;
    }
    return {};
}

bool RecentLookupsModel::removeRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_entries.size())
        return false;
    QStringList keys;
    for (int i = row; i < row + count; ++i)
        keys << m_entries.at(i).historyKey();
    beginRemoveRows({}, row, row + count - 1);
    m_entries.remove(row, count);
    endRemoveRows();
    for (const QString &key : std::as_const(keys))
        m_sessionKeys.remove(key);
    if (m_history && !m_history->remove(keys))
        reportHistoryError();
    return true;
}

void RecentLookupsModel::setHistory(HistoryStore *history) {
    m_history = history && history->isOpen() ? history : nullptr;
    reload();
}

void RecentLookupsModel::setSearchText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    if (m_history)
        reload();
}

void RecentLookupsModel::reload() {
    if (!m_history) {
        m_cursor.reset();
        m_morePages = false;
        return;
    }
    // Views ask for more while they handle the reset; one page is what a reset shows.
    m_announcing = true;
    beginResetModel();
    // Lookups in progress stay (their jobs refer to them); the rest is read again.
    QList<LookupEntry> inProgress;
    m_sessionKeys.clear();
    const QString needle = m_search.toLower();
    for (LookupEntry &entry : m_entries) {
        if (entry.state != LookupEntry::State::Loading)
            continue;
        if (!needle.isEmpty() && !historySearchText(entry.toHistoryEntry()).contains(needle))
            continue;
        m_sessionKeys.insert(entry.historyKey());
        inProgress.append(std::move(entry));
    }
    m_entries = std::move(inProgress);
    m_cursor.reset();
    m_morePages = true;
    appendPage(false);
    endResetModel();
    m_announcing = false;
}

void RecentLookupsModel::appendPage(bool announce) {
    if (!m_history || !m_morePages)
        return;
    const HistoryPage page = m_history->page(m_search, m_cursor, pageSize);
    m_cursor = page.next;
    m_morePages = page.next.has_value();
    QList<LookupEntry> rows;
    rows.reserve(page.entries.size());
    for (const HistoryEntry &stored : page.entries) {
        if (!m_sessionKeys.contains(stored.key()))
            rows.append(LookupEntry::fromHistoryEntry(stored, nextKey()));
    }
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    if (!announce) {
        m_entries.append(std::move(rows));
        return;
    }
    // One page per fetchMore, even when a view asks again while it handles this one.
    m_announcing = true;
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_entries.append(std::move(rows));
    endInsertRows();
    m_announcing = false;
}

bool RecentLookupsModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_history && m_morePages && !m_announcing;
}

void RecentLookupsModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent))
        appendPage(true);
}

int RecentLookupsModel::totalCount() const {
    if (!m_history)
        return rowCount();
    int unsaved = 0;
    for (const LookupEntry &entry : m_entries) {
        if (entry.state == LookupEntry::State::Loading && !entry.checkout)
            ++unsaved;
    }
    return m_history->count(m_search) + unsaved;
}

void RecentLookupsModel::clearAll() {
    if (m_history && !m_history->clear())
        reportHistoryError();
    beginResetModel();
    m_entries.removeIf([](const LookupEntry &e) { return e.state != LookupEntry::State::Loading; });
    m_sessionKeys.clear();
    for (const LookupEntry &entry : std::as_const(m_entries))
        m_sessionKeys.insert(entry.historyKey());
    m_cursor.reset();
    m_morePages = false;
    endResetModel();
}

LookupEntry RecentLookupsModel::completeEntry(int row) const {
    LookupEntry entry = m_entries.at(row);
    if (m_history && entry.checkout && entry.checkout->rawJson.isEmpty())
        entry.checkout->rawJson = m_history->rawJson(entry.historyKey());
    return entry;
}

void RecentLookupsModel::remember(const LookupEntry &entry) {
    if (m_history && !m_history->save(entry.toHistoryEntry()))
        reportHistoryError();
}

void RecentLookupsModel::reportHistoryError() {
    Q_EMIT historyFailed(m_history ? m_history->errorString() : QString());
}

quint64 RecentLookupsModel::beginLookup(const QString &input, const QString &id,
                                        std::optional<ProviderKey> provider,
                                        const QString &account) {
    const int existing = id.isEmpty() ? -1 : rowOfId(id);
    if (existing >= 0) {
        LookupEntry &entry = m_entries[existing];
        const RowValues before = rowValues(existing);
        entry.state = LookupEntry::State::Loading;
        entry.input = input;
        entry.account = account;
        entry.error = {};
        announceChanges(existing, before);
        return entry.key;
    }
    LookupEntry entry;
    entry.key = nextKey();
    entry.input = input;
    entry.id = id;
    entry.provider = provider;
    entry.account = account;
    entry.lookedUpAt = QDateTime::currentDateTimeUtc();
    // A checkout further down the history than the rows read so far keeps what it had.
    if (m_history && !id.isEmpty()) {
        if (const std::optional<HistoryEntry> stored =
                m_history->find(historyKey(provider, id, input))) {
            entry.checkout = stored->checkout;
            entry.previous = stored->previous;
        }
    }
    m_sessionKeys.insert(entry.historyKey());
    // No page is read while this row is announced: a view (or the model tester) that asks for
    // more from inside rowsInserted would nest a second insertion in this one.
    m_announcing = true;
    beginInsertRows({}, 0, 0);
    m_entries.prepend(std::move(entry));
    endInsertRows();
    m_announcing = false;
    return m_entries.first().key;
}

void RecentLookupsModel::setFound(quint64 key, const Checkout &checkout,
                                  const QDateTime &lookedUpAt) {
    const int row = rowOfKey(key);
    if (row < 0)
        return;
    LookupEntry &entry = m_entries[row];
    // Changes are counted from what the operator last saw: an unseen earlier checkout stays
    // the baseline, so two refreshes in the operator's absence do not hide the first change.
    if (entry.checkout && entry.checkout->id == checkout.id) {
        const Checkout baseline = entry.previous ? *entry.previous : *entry.checkout;
        entry.previous = changedFields(baseline, checkout).isEmpty()
                             ? std::nullopt
                             : std::optional<Checkout>(baseline);
    }
    entry.state = LookupEntry::State::Found;
    entry.checkout = checkout;
    entry.id = checkout.id;
    entry.provider = checkout.provider;
    entry.error = {};
    entry.lookedUpAt = lookedUpAt;
    entry.trim = {};
    remember(entry);
    emitRowChanged(row, Column::Status, Column::Account);
}

void RecentLookupsModel::markSeen(quint64 key) {
    const int row = rowOfKey(key);
    if (row < 0 || !m_entries.at(row).previous)
        return;
    LookupEntry &entry = m_entries[row];
    entry.previous.reset();
    if (entry.state != LookupEntry::State::Loading)
        remember(entry);
    Q_EMIT dataChanged(index(row, 0), index(row, columns - 1), {Qt::BackgroundRole});
}

void RecentLookupsModel::setFailed(quint64 key, const LookupError &error,
                                   const QDateTime &lookedUpAt) {
    const int row = rowOfKey(key);
    if (row < 0)
        return;
    LookupEntry &entry = m_entries[row];
    entry.state = LookupEntry::State::Failed;
    entry.error = error;
    entry.lookedUpAt = lookedUpAt;
    remember(entry);
    emitRowChanged(row, Column::Status, Column::Account);
}

void RecentLookupsModel::cancelLookup(quint64 key) {
    const int row = rowOfKey(key);
    if (row < 0 || m_entries.at(row).state != LookupEntry::State::Loading)
        return;
    LookupEntry &entry = m_entries[row];
    // What the history had for it comes back; a lookup that had nothing goes.
    const std::optional<HistoryEntry> stored =
        m_history ? m_history->find(entry.historyKey()) : std::nullopt;
    if (stored) {
        entry = LookupEntry::fromHistoryEntry(*stored, entry.key);
    } else if (entry.checkout) {
        entry.state = LookupEntry::State::Found;
    } else {
        m_sessionKeys.remove(entry.historyKey());
        beginRemoveRows({}, row, row);
        m_entries.remove(row);
        endRemoveRows();
        return;
    }
    emitRowChanged(row, Column::Status, Column::Account);
}

void RecentLookupsModel::resetCheckouts(const QList<std::pair<Checkout, QDateTime>> &checkouts) {
    beginResetModel();
    m_entries.clear();
    m_entries.reserve(checkouts.size());
    for (const auto &[checkout, lookedUpAt] : checkouts) {
        LookupEntry entry;
        entry.key = nextKey();
        entry.state = LookupEntry::State::Found;
        entry.input = checkout.id;
        entry.id = checkout.id;
        entry.provider = checkout.provider;
        entry.account = checkout.account;
        entry.checkout = checkout;
        entry.lookedUpAt = lookedUpAt;
        m_entries.append(std::move(entry));
    }
    endResetModel();
}

int RecentLookupsModel::rowOfKey(quint64 key) const {
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).key == key)
            return row;
    }
    return -1;
}

int RecentLookupsModel::rowOfId(const QString &id) const {
    for (int row = 0; row < m_entries.size(); ++row) {
        const LookupEntry &entry = m_entries.at(row);
        if (entry.id == id || (entry.checkout && entry.checkout->id == id))
            return row;
    }
    return -1;
}

bool RecentLookupsModel::isLoading(quint64 key) const {
    const int row = rowOfKey(key);
    return row >= 0 && m_entries.at(row).state == LookupEntry::State::Loading;
}

int RecentLookupsModel::loadingCount() const {
    return static_cast<int>(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const auto &e) {
        return e.state == LookupEntry::State::Loading;
    }));
}

void RecentLookupsModel::emitRowChanged(int row, Column first, Column last) {
    Q_EMIT dataChanged(index(row, static_cast<int>(first)), index(row, static_cast<int>(last)),
                       changedRoles);
}

RecentLookupsModel::RowValues RecentLookupsModel::rowValues(int row) const {
    RowValues values;
    values.reserve(columns * changedRoles.size());
    for (int column = 0; column < columns; ++column) {
        for (const int role : changedRoles)
            values.append(data(index(row, column), role));
    }
    return values;
}

// A reused row changes more than its status when the input, the account or the error it
// showed changes: the tool tips and the filter text of every column follow them. Compared
// value by value, so a view repaints exactly the columns that changed.
void RecentLookupsModel::announceChanges(int row, const RowValues &before) {
    const RowValues after = rowValues(row);
    const auto perColumn = static_cast<int>(changedRoles.size());
    int first = -1;
    int last = -1;
    for (int column = 0; column < columns; ++column) {
        for (int role = 0; role < perColumn; ++role) {
            const int at = column * perColumn + role;
            if (before.at(at) != after.at(at)) {
                first = first < 0 ? column : first;
                last = column;
                break;
            }
        }
    }
    if (first >= 0)
        emitRowChanged(row, static_cast<Column>(first), static_cast<Column>(last));
}

} // namespace Paydesk
