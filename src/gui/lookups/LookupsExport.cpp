#include "gui/lookups/LookupsExport.h"

#include "gui/lookups/RecentLookupsModel.h"
#include "gui/lookups/RecentLookupsProxy.h"
#include "gui/lookups/RecentLookupsView.h"
#include "storage/HistoryStore.h"
#include "storage/LookupCsv.h"

#include <QItemSelectionModel>

#include <algorithm>

namespace Paydesk {

namespace {

// Read a page at a time, as the list does; the file holds them all.
constexpr int exportPageSize = 1000;

bool hasSomethingToExport(const LookupEntry &entry) {
    return entry.state != LookupEntry::State::Loading || entry.checkout;
}

QList<HistoryEntry> fromHistory(const HistoryStore &history, const QString &search) {
    QList<HistoryEntry> rows;
    std::optional<HistoryCursor> after;
    do {
        const HistoryPage page = history.page(search, after, exportPageSize);
        rows << page.entries;
        after = page.entries.isEmpty() ? std::nullopt : page.next;
    } while (after);
    return rows;
}

QList<HistoryEntry> fromProxyRows(const RecentLookupsView &view, const QList<int> &proxyRows) {
    QList<HistoryEntry> rows;
    const RecentLookupsModel *model = view.lookupsModel();
    for (const int proxyRow : proxyRows) {
        const int source = view.proxy()->mapToSource(view.proxy()->index(proxyRow, 0)).row();
        const LookupEntry &entry = model->entry(source);
        if (hasSomethingToExport(entry))
            rows << entry.toHistoryEntry();
    }
    return rows;
}

} // namespace

QList<HistoryEntry> rowsToExport(const RecentLookupsView &view, ExportScope scope) {
    const RecentLookupsModel *model = view.lookupsModel();
    if (!model)
        return {};
    const HistoryStore *history = model->history();
    if (scope != ExportScope::Selected && history && history->isOpen())
        return fromHistory(*history,
                           scope == ExportScope::Shown ? view.proxy()->filterText() : QString());

    if (scope == ExportScope::All) {
        QList<HistoryEntry> rows;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (hasSomethingToExport(model->entry(row)))
                rows << model->entry(row).toHistoryEntry();
        }
        return rows;
    }
    QList<int> proxyRows;
    if (scope == ExportScope::Selected) {
        for (const QModelIndex &index : view.selectionModel()->selectedRows())
            proxyRows << index.row();
        std::sort(proxyRows.begin(), proxyRows.end());
    } else {
        for (int row = 0; row < view.proxy()->rowCount(); ++row)
            proxyRows << row;
    }
    return fromProxyRows(view, proxyRows);
}

QByteArray exportFileContents(const QList<HistoryEntry> &rows) {
    return QByteArrayLiteral("\xEF\xBB\xBF") + lookupsCsv(rows);
}

} // namespace Paydesk
