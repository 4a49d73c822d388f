// Parsing cost of every provider's checkout fixtures, two ways:
// - run natively: the median wall time of one parse, in microseconds, over many;
// - under `valgrind --tool=callgrind --collect-atstart=no`: only the parses are collected, so
//   callgrind's total divided by the repeat count is the instructions per parse, a figure that
//   does not move with the machine's load.
// Natively it prints one line per fixture, "PROVIDER/FILE MEDIAN_US"; under callgrind it writes
// one dump per fixture, labelled PROVIDER/FILE.
//   bench_parse_count [REPEATS]
#include "providers/ProviderRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <valgrind/callgrind.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Paydesk;

namespace {

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int repeats = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 1000;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int failures = 0;
    for (const PaymentProvider *provider : ProviderRegistry::all()) {
        const QString key = provider->key();
        const QDir folder(QStringLiteral(PAYDESK_FIXTURES_DIR "/") + key);
        const QStringList files =
            folder.entryList({QStringLiteral("checkout_*.json")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QByteArray body = readFile(folder.filePath(file));
            if (!provider->parseCheckout(body, now).ok())
                continue; // not a checkout (a customer, a list of items, an error)
            if (RUNNING_ON_VALGRIND) {
                // Only these parses are counted, and each fixture gets its own dump.
                CALLGRIND_ZERO_STATS;
                CALLGRIND_TOGGLE_COLLECT;
                for (int i = 0; i < repeats; ++i)
                    failures += provider->parseCheckout(body, now).ok() ? 0 : 1;
                CALLGRIND_TOGGLE_COLLECT;
                const QByteArray label = (key + u'/' + file).toUtf8();
                CALLGRIND_DUMP_STATS_AT(label.constData());
                continue;
            }
            std::vector<qint64> nanoseconds;
            nanoseconds.reserve(static_cast<size_t>(repeats));
            for (int i = 0; i < repeats; ++i) {
                QElapsedTimer timer;
                timer.start();
                const bool ok = provider->parseCheckout(body, now).ok();
                nanoseconds.push_back(timer.nsecsElapsed());
                failures += ok ? 0 : 1;
            }
            std::nth_element(nanoseconds.begin(), nanoseconds.begin() + repeats / 2,
                             nanoseconds.end());
            std::printf("%s/%s %.1f\n", qPrintable(key), qPrintable(file),
                        static_cast<double>(nanoseconds[static_cast<size_t>(repeats / 2)])
                            / 1000.0);
        }
    }
    return failures == 0 ? 0 : 1;
}
