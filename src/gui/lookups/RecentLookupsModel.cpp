#include "gui/lookups/RecentLookupsModel.h"

#include "gui/common/DateTimeText.h"
#include "gui/lookups/StatusBadge.h"
#include "providers/ProviderRegistry.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

const QList<int> changedRoles = {Qt::DisplayRole,
                                 Qt::ToolTipRole,
                                 RecentLookupsModel::RawValueRole,
                                 RecentLookupsModel::FilterTextRole,
                                 RecentLookupsModel::BadgeBackgroundRole,
                                 RecentLookupsModel::BadgeForegroundRole};

QString modeText(Mode mode) {
    return mode == Mode::Live ? RecentLookupsModel::tr("Live") : RecentLookupsModel::tr("Test");
}

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
    case BadgeBackgroundRole:
    case BadgeForegroundRole:
        return badgeData(entry, column, role);
    default:
        return {};
    }
}

QVariant RecentLookupsModel::displayData(const LookupEntry &entry, Column column) const {
    const Checkout *checkout = entry.checkout ? &*entry.checkout : nullptr;
    switch (column) {
    case Column::Status:
        return statusBadge(entry).text;
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
    const Checkout *checkout = entry.checkout ? &*entry.checkout : nullptr;
    switch (column) {
    case Column::Id:
        return QStringList{entry.displayId(), entry.input.trimmed()}.join(u'\n');
    case Column::Customer:
        if (!checkout || !checkout->customer)
            return QString();
        return QStringList{checkout->customer->name, checkout->customer->email}.join(u'\n');
    case Column::Account:
        return displayData(entry, column);
    case Column::Amount:
        if (!checkout || !checkout->amount)
            return QString();
        return QStringList{checkout->amount->toDecimalString(), checkout->amount->currency(),
                           formatMoney(*checkout->amount, QLocale())}
            .join(u'\n');
    default:
        return {};
    }
}

QVariant RecentLookupsModel::badgeData(const LookupEntry &entry, Column column, int role) const {
    if (column != Column::Status)
        return {};
    const StatusBadge badge = statusBadge(entry);
    return role == BadgeBackgroundRole ? badge.background : badge.foreground;
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
    beginRemoveRows({}, row, row + count - 1);
    m_entries.remove(row, count);
    endRemoveRows();
    return true;
}

quint64 RecentLookupsModel::beginLookup(const QString &input, const QString &id,
                                        std::optional<ProviderKey> provider,
                                        const QString &account) {
    const int existing = id.isEmpty() ? -1 : rowOfId(id);
    if (existing >= 0) {
        LookupEntry &entry = m_entries[existing];
        entry.state = LookupEntry::State::Loading;
        entry.input = input;
        entry.account = account;
        entry.error = {};
        emitRowChanged(existing, Column::Status, Column::Status);
        return entry.key;
    }
    LookupEntry entry;
    entry.key = nextKey();
    entry.input = input;
    entry.id = id;
    entry.provider = provider;
    entry.account = account;
    entry.lookedUpAt = QDateTime::currentDateTimeUtc();
    beginInsertRows({}, 0, 0);
    m_entries.prepend(std::move(entry));
    endInsertRows();
    return m_entries.first().key;
}

void RecentLookupsModel::setFound(quint64 key, const Checkout &checkout,
                                  const QDateTime &lookedUpAt) {
    const int row = rowOfKey(key);
    if (row < 0)
        return;
    LookupEntry &entry = m_entries[row];
    entry.state = LookupEntry::State::Found;
    entry.checkout = checkout;
    entry.id = checkout.id;
    entry.provider = checkout.provider;
    entry.error = {};
    entry.lookedUpAt = lookedUpAt;
    emitRowChanged(row, Column::Status, Column::Account);
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
    emitRowChanged(row, Column::Status, Column::Account);
}

void RecentLookupsModel::cancelLookup(quint64 key) {
    const int row = rowOfKey(key);
    if (row < 0 || m_entries.at(row).state != LookupEntry::State::Loading)
        return;
    if (!m_entries.at(row).checkout) {
        removeRows(row, 1);
        return;
    }
    m_entries[row].state = LookupEntry::State::Found;
    emitRowChanged(row, Column::Status, Column::Status);
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

} // namespace Paydesk
