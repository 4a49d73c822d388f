// A second process for the history tests: writes `count` numbered rows to a history file in
// transactions of `batch` rows, starting at `first`, and prints the number of rows committed
// after each commit (so a test can kill it in the middle and know what must have survived).
//   history_writer FILE FIRST COUNT BATCH
#include "HistoryTestData.h"
#include "storage/HistoryStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5)
        return 2;
    const int first = args.at(2).toInt();
    const int count = args.at(3).toInt();
    const int batch = qMax(1, args.at(4).toInt());
    Paydesk::HistoryStore store(args.at(1));
    if (!store.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int done = 0; done < count;) {
        QList<Paydesk::HistoryEntry> entries;
        for (int i = 0; i < batch && done + i < count; ++i)
            entries.append(HistoryTestData::numbered(first + done + i, start));
        if (!store.saveAll(entries)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        done += static_cast<int>(entries.size());
        std::printf("%d\n", done);
        std::fflush(stdout);
    }
    return 0;
}
