// File › Export to CSV: the selected, shown or all recent lookups, to a file of the operator's
// choosing, written privately (0600) and whole.
#include "gui/lookups/LookupsExport.h"
#include "gui/lookups/RecentLookupsView.h"
#include "gui/window/MainWindow.h"
#include "storage/PrivateFiles.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Paydesk {

void MainWindow::setUpExport() {
    auto *menu = new QMenu(tr("&Export to CSV"), this);
    menu->setObjectName(u"menuExport"_s);
    const auto add = [this, menu](const QString &name, const QString &text, ExportScope scope) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, scope] { exportLookups(scope); });
        return action;
    };
    QAction *selected =
        add(u"actionExportSelected"_s, tr("&Selected Rows…"), ExportScope::Selected);
    add(u"actionExportShown"_s, tr("S&hown Rows…"), ExportScope::Shown);
    add(u"actionExportAll"_s, tr("&All Rows…"), ExportScope::All);
    // Before "Clear history…", with the other things done to the whole list.
    QAction *clear = findChild<QAction *>(u"actionClearHistory"_s);
    m_ui->menuFile->insertMenu(clear ? clear : m_ui->actionQuit, menu);

    const auto updateSelected = [this, selected] {
        selected->setEnabled(m_ui->lookupsView->selectionModel()->hasSelection());
    };
    connect(m_ui->lookupsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            updateSelected);
    updateSelected();

    m_chooseExportFile = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export to CSV"), suggested,
                                            tr("CSV files (*.csv)"));
    };
}

void MainWindow::setExportFileChooser(std::function<QString(const QString &)> choose) {
    m_chooseExportFile = std::move(choose);
}

void MainWindow::exportLookups(ExportScope scope) {
    const QList<HistoryEntry> rows = rowsToExport(*m_ui->lookupsView, scope);
    if (rows.isEmpty()) {
        statusBar()->showMessage(tr("There is no row to export."), 10000);
        return;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested =
        QDir(folder).filePath(u"paydesk-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = m_chooseExportFile ? m_chooseExportFile(suggested) : QString();
    if (path.isEmpty())
        return; // the operator changed their mind

    QString error;
    if (!writePrivateFile(path, exportFileContents(rows), &error)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export to CSV"),
                                    tr("The lookups could not be written to %1: %2")
                                        .arg(QDir::toNativeSeparators(path), error),
                                    QMessageBox::Ok, this);
        box->setObjectName(u"exportFailedMessage"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    statusBar()->showMessage(tr("%n row(s) exported to %1.", nullptr, static_cast<int>(rows.size()))
                                 .arg(QDir::toNativeSeparators(path)),
                             15000);
}

} // namespace Paydesk
