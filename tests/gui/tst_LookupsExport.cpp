// File › Export to CSV and Ctrl+C in the list, on a window over a real SQLite history longer
// than the rows loaded: the file is 0600, UTF-8 with a byte order mark, RFC 4180, and holds
// the selected, shown or all rows of the whole history.
#include "HistoryTestData.h"

#include "gui/lookups/RecentLookupsModel.h"
#include "gui/lookups/RecentLookupsView.h"
#include "gui/window/MainWindow.h"
#include "network/LookupService.h"
#include "storage/HistoryStore.h"
#include "storage/LookupCsv.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int historyRows = 450; // more than two of the list's pages

// RFC 4180 records (CRLF after each, quoted fields with doubled quotes); nullopt otherwise.
std::optional<QList<QStringList>> readCsv(const QString &text) {
    QList<QStringList> records;
    QStringList record;
    qsizetype i = 0;
    while (i < text.size()) {
        QString field;
        if (text.at(i) == u'"') {
            for (++i;; ++i) {
                if (i >= text.size())
                    return std::nullopt;
                if (text.at(i) == u'"') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                        field += u'"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i);
            }
        } else {
            while (i < text.size() && text.at(i) != u',' && text.at(i) != u'\r') {
                if (text.at(i) == u'"' || text.at(i) == u'\n')
                    return std::nullopt;
                field += text.at(i++);
            }
        }
        record << field;
        if (i < text.size() && text.at(i) == u',') {
            ++i;
        } else if (text.mid(i, 2) == u"\r\n"_s) {
            i += 2;
            records << record;
            record.clear();
        } else {
            return std::nullopt;
        }
    }
    return records;
}

int modeOf(const QString &path) {
    struct stat info {};
    return stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

} // namespace

class TestLookupsExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<LookupService> m_lookups;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<MainWindow> m_window;
    QString m_chosen;  // what the file chooser answers
    QString m_offered; // what it was offered

    QList<QStringList> exported(const QString &actionName) {
        m_window->findChild<QAction *>(actionName)->trigger();
        QFile file(m_chosen);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = file.readAll();
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            return {};
        return readCsv(QString::fromUtf8(bytes.mid(3))).value_or(QList<QStringList>());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_history = std::make_unique<HistoryStore>(m_dir.filePath(u"history.sqlite"_s));
        QVERIFY(m_history->isOpen());
        QList<HistoryEntry> entries;
        const QDateTime start(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        for (int n = 1; n <= historyRows; ++n)
            entries << HistoryTestData::numbered(n, start);
        QVERIFY(m_history->saveAll(entries));

        m_lookups = std::make_unique<LookupService>(&m_nam, nullptr);
        MainWindowSetup setup;
        setup.lookups = m_lookups.get();
        setup.history = m_history.get();
        m_window = std::make_unique<MainWindow>(setup);
        m_window->setExportFileChooser([this](const QString &suggested) {
            m_offered = suggested;
            return m_chosen;
        });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->lookupsModel()->rowCount() < historyRows);
    }

    void allRowsOfTheWholeHistory() {
        m_chosen = m_dir.filePath(u"all.csv"_s);
        const QList<QStringList> records = exported(u"actionExportAll"_s);
        QCOMPARE(records.size(), 1 + historyRows);
        QCOMPARE(records.first(), lookupCsvHeader());
        QVERIFY(m_offered.endsWith(u".csv"_s));
        QCOMPARE(modeOf(m_chosen), 0600);
        // Newest first, as the list; raw values.
        const qsizetype id = lookupCsvHeader().indexOf(u"id"_s);
        const qsizetype amount = lookupCsvHeader().indexOf(u"amount"_s);
        const qsizetype currency = lookupCsvHeader().indexOf(u"currency"_s);
        const qsizetype lookedUpAt = lookupCsvHeader().indexOf(u"looked_up_at"_s);
        QCOMPARE(records.at(1).at(id), u"cs_row0000450"_s);
        QCOMPARE(records.at(1).at(amount), u"1450"_s);
        QCOMPARE(records.at(1).at(currency), u"XOF"_s);
        QCOMPARE(records.at(1).at(lookedUpAt), u"2026-11-01T08:07:30Z"_s);
        QCOMPARE(records.last().at(id), u"cs_row0000001"_s);
        QSet<QString> ids;
        for (const QStringList &record : records.mid(1))
            ids.insert(record.at(id));
        QCOMPARE(ids.size(), historyRows);
    }

    void shownRowsFollowTheFilter() {
        auto *filter = m_window->findChild<QLineEdit *>(u"filterField"_s);
        filter->setText(u"cs_row0000042"_s);
        m_chosen = m_dir.filePath(u"shown.csv"_s);
        const QList<QStringList> records = exported(u"actionExportShown"_s);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).first(), u"cs_row0000042"_s);
        filter->clear();
    }

    void selectedRowsAndCopy() {
        auto *view = m_window->findChild<RecentLookupsView *>(u"lookupsView"_s);
        view->setFocus();
        view->selectionModel()->clearSelection();
        for (const int row : {0, 2, 3})
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_chosen = m_dir.filePath(u"selected.csv"_s);
        const QList<QStringList> records = exported(u"actionExportSelected"_s);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(1).first(), u"cs_row0000450"_s);
        QCOMPARE(records.at(2).first(), u"cs_row0000448"_s);
        QCOMPARE(records.at(3).first(), u"cs_row0000447"_s);

        // Ctrl+C in the list: the same rows as tab-separated text.
        QApplication::clipboard()->clear();
        QTest::keySequence(view, QKeySequence::Copy);
        const QStringList lines =
            QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.first().split(u'\t'), lookupCsvHeader());
        QCOMPARE(lines.at(1).split(u'\t').first(), u"cs_row0000450"_s);
        QCOMPARE(lines.at(3).split(u'\t').first(), u"cs_row0000447"_s);
        QCOMPARE(lines.at(1).split(u'\t').size(), lookupCsvHeader().size());
    }

    void aCanceledChoiceWritesNothing() {
        m_chosen.clear();
        QVERIFY(m_window->findChild<QAction *>(u"actionExportAll"_s)->isEnabled());
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        m_window->findChild<QAction *>(u"actionExportAll"_s)->trigger();
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
    }

    void aFileThatCannotBeWrittenIsSaid() {
        m_chosen = m_dir.filePath(u"no/such/folder/x.csv"_s);
        m_window->findChild<QAction *>(u"actionExportAll"_s)->trigger();
        auto *box = m_window->findChild<QMessageBox *>(u"exportFailedMessage"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"x.csv"_s), qPrintable(box->text()));
        box->close();
        QVERIFY(!QFile::exists(m_chosen));
    }

    void cleanupTestCase() {
        m_window.reset();
        m_history.reset();
    }
};

QTEST_MAIN(TestLookupsExport)
#include "tst_LookupsExport.moc"
