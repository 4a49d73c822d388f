#pragma once

#include "gui/lookups/LookupEntry.h"

#include <QByteArray>
#include <QTreeView>

class QAction;
class QMenu;

namespace Paydesk {

class RecentLookupsModel;
class RecentLookupsProxy;

// The recent lookups table: sortable, filtered through its proxy, a status badge, a context
// menu. The row that becomes current (or changes while current) is announced by one signal
// carrying its value.
class RecentLookupsView : public QTreeView {
    Q_OBJECT

public:
    explicit RecentLookupsView(QWidget *parent = nullptr);

    void setLookupsModel(RecentLookupsModel *model);
    RecentLookupsModel *lookupsModel() const { return m_model; }
    RecentLookupsProxy *proxy() const { return m_proxy; }

    // Makes the row of a source-model key current (clearing the filter if it hides the row).
    void selectKey(quint64 key);
    // The current row's entry, or nullptr.
    const LookupEntry *currentEntry() const;

    QAction *copyUrlAction() const { return m_copyUrl; }
    QAction *copyIdAction() const { return m_copyId; }
    // Ctrl+C: the selected rows as tab-separated text (the CSV export's columns), for a
    // spreadsheet.
    QAction *copyRowsAction() const { return m_copyRows; }
    QAction *copyJsonAction() const { return m_copyJson; }
    QAction *openInBrowserAction() const { return m_openInBrowser; }
    QAction *lookUpAgainAction() const { return m_lookUpAgain; }
    QAction *removeAction() const { return m_remove; }
    // The header's context menu: one checkable action per column, and "Fit to contents".
    QMenu *columnsMenu() const { return m_columnsMenu; }

    // The width that shows every visible column whole, the customer's at its default width,
    // with the frame and a vertical scroll bar: what the window gives the list at first.
    int preferredWidth() const;
    // The header's state to keep between runs: the id column at the width chosen for it, even
    // while a narrow list cuts it.
    QByteArray saveHeaderState();
    // The width the rows in view need in `column`.
    int contentWidth(int column) const { return sizeHintForColumn(column); }
    // Each visible column as wide as its widest value, header included.
    void fitColumnsToContents();

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void currentEntryChanged(const Paydesk::LookupEntry &entry);
    void currentEntryCleared();
    void lookUpAgainRequested(const QString &input, const QString &account);
    void entryRemoved(const Paydesk::LookupEntry &entry);
    // The operator hid or showed a column.
    void columnsChanged();

private:
    void createActions();
    void setDefaultColumns();
    int valuesWidth(int column) const;
    void createColumnsMenu();
    void updateColumnsMenu();
    int columnWidthFor(int column) const;
    void narrowIdToFit();
    void showContextMenu(const QPoint &position);
    void updateActions();
    void announceCurrent();
    void restoreCurrent(const QString &historyKey);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    int currentSourceRow() const;

    void copyUrl();
    void copyId();
    void copyRows();
    void copyJson();
    void openInBrowser();
    void lookUpAgain();
    void removeCurrent();

    RecentLookupsModel *m_model = nullptr;
    RecentLookupsProxy *m_proxy = nullptr;
    QMenu *m_menu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    // Each column's values' width, measured when first needed (-1: not yet).
    mutable QList<int> m_valuesWidths;
    QAction *m_copyUrl = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_copyRows = nullptr;
    QAction *m_copyJson = nullptr;
    QAction *m_openInBrowser = nullptr;
    QAction *m_lookUpAgain = nullptr;
    QAction *m_remove = nullptr;
    // The id column's width as the defaults, the operator or a restored state chose it, and
    // the width the list last gave it (narrowIdToFit), below the chosen one only while it must.
    int m_chosenIdWidth = -1;
    int m_narrowedIdWidth = -1;
    quint64 m_announcedKey = 0;
    QString m_keyBeforeReset;
};

} // namespace Paydesk
