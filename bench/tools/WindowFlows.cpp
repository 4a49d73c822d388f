// The window's own flows, timed in the real MainWindow (offscreen) against the account that
// PAYDESK_CONFIG_DIR names, its key read from the keychain as paydesk's window reads it (through
// a ShortLivedKeyCache):
//
//   bench_window_flows pane BASE_URL HEADER_FILE COUNT
//       Enter in the lookup field until the found checkout is in the detail pane and painted,
//       interleaved with a raw QNetworkAccessManager GET of the same kind of URL (the header
//       file holds the "Authorization: ..." line curl uses). Prints, in milliseconds:
//       "PANE_P50 PANE_P99 RAW_P50 RAW_P99". With a fifth argument `events`, also writes to
//       stderr where the GUI thread's time went between Enter and the pane painted: for each
//       kind of event and the widget it went to (paints, update requests, layouts, queued
//       calls), its count and milliseconds per Enter, each event's own time without the events
//       it sent in turn.
//   bench_window_flows filter HISTORY_FILE NEEDLE RUNS
//       The needle pasted into the filter field until the list's first filtered screen is
//       painted, over a history file; then the baseline, a QSortFilterProxyModel over as many
//       strings in memory in a QListView, filtered and painted the same way. Prints
//       "MEDIAN_MS ROWS_SHOWN BASELINE_MEDIAN_MS".
//   bench_window_flows memory ROUNDS COUNT
//       Each round looks up the same COUNT checkouts with avatars (ids with "avatar" in them,
//       which bench_server gives a customer photo) and shows each in the pane until its avatar
//       is there. Prints the resident memory before the first round and after each, in KiB:
//       "RSS0 RSS1 RSS2 ...".
#include "gui/detail/CheckoutPane.h"
#include "gui/lookups/RecentLookupsModel.h"
#include "gui/lookups/RecentLookupsView.h"
#include "gui/window/MainWindow.h"
#include "images/ImageLoader.h"
#include "network/LookupService.h"
#include "secrets/KeychainStore.h"
#include "secrets/ShortLivedKeyCache.h"
#include "storage/AccountStore.h"
#include "storage/HistoryStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

// Times each event the GUI thread handles while switched on, by kind and receiver, each
// without the events it sends in turn (a window's update request paints its widgets: the
// paints are counted apart).
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;

    void setTiming(bool on) { m_timing = on; }
    // "milliseconds count name" lines, most time first, each divided by `per`.
    QStringList report(int per) const {
        QList<std::pair<double, QString>> rows;
        for (auto it = m_times.cbegin(); it != m_times.cend(); ++it)
            rows.append(
                {it.value().milliseconds, it.key() + u" x"_s + QString::number(it.value().count)});
        std::sort(rows.begin(), rows.end(), std::greater<>());
        QStringList lines;
        for (const auto &[milliseconds, name] : rows)
            lines << u"%1 ms  %2"_s.arg(milliseconds / per, 8, 'f', 3).arg(name);
        return lines;
    }

    // Called after each event the GUI thread has handled.
    void setAfterEvent(std::function<void(QObject *, QEvent::Type)> afterEvent) {
        m_afterEvent = std::move(afterEvent);
    }

    bool notify(QObject *receiver, QEvent *event) override {
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (!m_timing) {
            const QEvent::Type type = event->type();
            const bool handled = QApplication::notify(receiver, event);
            if (m_afterEvent)
                m_afterEvent(receiver, type);
            return handled;
        }
        const QEvent::Type type = event->type();
        const QString name = nameOf(receiver, type);
        m_inner.append(0);
        QElapsedTimer timer;
        timer.start();
        const bool handled = QApplication::notify(receiver, event);
        const double milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        const double inner = m_inner.takeLast();
        if (!m_inner.isEmpty())
            m_inner.last() += milliseconds;
        Spent &spent = m_times[name];
        ++spent.count;
        spent.milliseconds += milliseconds - inner;
        if (m_afterEvent)
            m_afterEvent(receiver, type);
        return handled;
    }

private:
    struct Spent {
        int count = 0;
        double milliseconds = 0;
    };

    static QString nameOf(const QObject *receiver, QEvent::Type type) {
        QString kind;
        switch (type) {
        case QEvent::Paint:
            kind = u"paint"_s;
            break;
        case QEvent::UpdateRequest:
            kind = u"update request"_s;
            break;
        case QEvent::LayoutRequest:
            kind = u"layout"_s;
            break;
        case QEvent::MetaCall:
            kind = u"queued call"_s;
            break;
        case QEvent::Timer:
            kind = u"timer"_s;
            break;
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
            kind = u"key"_s;
            break;
        default:
            return u"other events"_s;
        }
        // The receiver and the first of its parents with a name of its own.
        QString name = kind + u' ' + QString::fromLatin1(receiver->metaObject()->className()) + u' '
                       + receiver->objectName();
        int depth = 0;
        for (const QObject *parent = receiver->parent(); parent && depth < 3;
             parent = parent->parent(), ++depth) {
            name += u" in "_s + QString::fromLatin1(parent->metaObject()->className()) + u' '
                    + parent->objectName();
            if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(u"qt_"))
                break;
        }
        return name;
    }

    bool m_timing = false;
    std::function<void(QObject *, QEvent::Type)> m_afterEvent;
    QMap<QString, Spent> m_times;
    QList<double> m_inner; // the time of the events sent from each event being handled
};

TimedApplication *timedApp() {
    return static_cast<TimedApplication *>(QCoreApplication::instance());
}

double percentile(QList<double> values, double share) {
    std::sort(values.begin(), values.end());
    const auto at = static_cast<qsizetype>(share * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(at, 0, values.size() - 1));
}

// Runs the event loop until `done` holds (checked after every event batch), or 30 s.
bool waitUntil(const std::function<bool()> &done) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > 30000)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        // With no QEventLoop running, an object whose deleteLater() was called outside any Qt
        // event (a keychain job answered from a GLib callback) would never be deleted, as it
        // is in paydesk's running loop: delete those here, as QTest::qWaitFor does.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

long residentKib() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// The window paydesk opens, with the configured accounts, the keychain, a history file and the
// image loader; the caller chooses the history.
class Window {
public:
    explicit Window(const QString &historyFile) {
        m_lookups = std::make_unique<LookupService>(&m_nam, &m_keys);
        m_lookups->setAccounts(m_accounts.accounts());
        m_history = std::make_unique<HistoryStore>(historyFile);
        m_images = std::make_unique<ImageLoader>(&m_nam, m_dir.filePath(u"images"_s));
        m_images->setAccountOrigins(
            [this](const QString &account) { return m_lookups->baseUrlOf(account); });
        MainWindowSetup setup;
        setup.lookups = m_lookups.get();
        setup.history = m_history.get();
        setup.images = m_images.get();
        setup.accounts = m_accounts.accounts();
        setup.accountStore = &m_accounts;
        setup.keychain = &m_keychain;
        setup.nam = &m_nam;
        m_window = std::make_unique<MainWindow>(setup);
        m_window->resize(1400, 900);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            qFatal("the window was not shown");
        QTest::qWait(50); // what comes after the first frame
    }

    MainWindow &window() { return *m_window; }
    ImageLoader &images() { return *m_images; }
    RecentLookupsView &view() {
        return *m_window->findChild<RecentLookupsView *>(u"lookupsView"_s);
    }
    QLineEdit &field(const QString &name) { return *m_window->findChild<QLineEdit *>(name); }
    CheckoutPane &pane() { return *m_window->findChild<CheckoutPane *>(u"checkoutPane"_s); }

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    KeychainStore m_keychain;
    ShortLivedKeyCache m_keys{&m_keychain};
    AccountStore m_accounts;
    std::unique_ptr<LookupService> m_lookups;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<ImageLoader> m_images;
    std::unique_ptr<MainWindow> m_window;
};

int paneFill(const QString &base, const QString &headerFile, int count, bool events) {
    QFile header(headerFile);
    if (!header.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray authorization = header.readAll().trimmed().split(':').value(1).trimmed();
    QTemporaryDir dir;
    Window window(dir.filePath(u"history.sqlite"_s));
    QLineEdit &field = window.field(u"lookupField"_s);
    QNetworkAccessManager raw;
    const int warmup = 20;
    QList<double> paneTimes;
    QList<double> rawTimes;
    // Filled: the found checkout is in the pane. Painted: the window has painted since, as it
    // does once the pane is laid out for it (an update request comes after the layout's own).
    bool filled = false;
    bool painted = false;
    QObject::connect(&window.view(), &RecentLookupsView::currentEntryChanged, &window.window(),
                     [&](const LookupEntry &entry) {
                         if (entry.state == LookupEntry::State::Found)
                             filled = true;
                     });
    timedApp()->setAfterEvent([&](QObject *receiver, QEvent::Type type) {
        if (filled && type == QEvent::UpdateRequest && receiver == &window.window())
            painted = true;
    });
    for (int i = 0; i < warmup + count; ++i) {
        QNetworkRequest request(
            QUrl(base + u"/payment/checkouts/cs_raw%1"_s.arg(i, 6, 10, QChar(u'0'))));
        request.setRawHeader("Authorization", authorization);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = raw.get(request);
        if (!waitUntil([reply] { return reply->isFinished(); }))
            return 1;
        const QByteArray body = reply->readAll();
        const double rawMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError || body.isEmpty())
            return 1;

        field.setText(u"cs_pane%1"_s.arg(i, 6, 10, QChar(u'0')));
        filled = false;
        painted = false;
        timedApp()->setTiming(events && i >= warmup);
        timer.restart();
        QTest::keyClick(&field, Qt::Key_Return);
        if (!waitUntil([&painted] { return painted; }))
            return 1;
        const double paneMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timedApp()->setTiming(false);
        if (i >= warmup) {
            rawTimes.append(rawMs);
            paneTimes.append(paneMs);
        }
    }
    timedApp()->setAfterEvent({});
    if (events) {
        for (const QString &line : timedApp()->report(count))
            std::fprintf(stderr, "%s\n", qPrintable(line));
    }
    std::printf("%.2f %.2f %.2f %.2f\n", percentile(paneTimes, 0.5), percentile(paneTimes, 0.99),
                percentile(rawTimes, 0.5), percentile(rawTimes, 0.99));
    return 0;
}

int filterHistory(const QString &historyFile, const QString &needle, int runs) {
    Window window(historyFile);
    QLineEdit &filter = window.field(u"filterField"_s);
    RecentLookupsView &view = window.view();
    QList<double> times;
    int shown = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        filter.setText(needle); // a paste: one change
        view.viewport()->repaint();
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        shown = view.model()->rowCount();
        filter.clear();
        QCoreApplication::processEvents();
    }
    if (shown == 0)
        return 1;

    // The baseline: as many rows of comparable text, all in memory, filtered by Qt alone.
    QStringList lines;
    const int total = window.window().lookupsModel()->totalCount();
    lines.reserve(total);
    for (int i = 0; i < total; ++i)
        lines << u"01hj5n7cqpaf0mt2d0x%1 customer %2 chargily dzd %3"_s.arg(i, 7, 10, QChar(u'0'))
                     .arg(i)
                     .arg((i * 7919) % 1000000);
    QStringListModel strings(lines);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&strings);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QListView list;
    list.setUniformItemSizes(true);
    list.setModel(&proxy);
    list.resize(view.size());
    list.show();
    if (!QTest::qWaitForWindowExposed(&list))
        return 1;
    QList<double> baseline;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        proxy.setFilterFixedString(needle);
        list.viewport()->repaint();
        baseline.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        proxy.setFilterFixedString({});
        QCoreApplication::processEvents();
    }
    std::printf("%.2f %d %.2f\n", percentile(times, 0.5), shown, percentile(baseline, 0.5));
    return 0;
}

int memoryRounds(int rounds, int count) {
    QTemporaryDir dir;
    Window window(dir.filePath(u"history.sqlite"_s));
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << u"cs_avatar%1"_s.arg(i, 6, 10, QChar(u'0'));
    int answered = 0;
    QObject::connect(&window.images(), &ImageLoader::imageReady, [&answered] { ++answered; });
    QObject::connect(&window.images(), &ImageLoader::imageFailed, [&answered] { ++answered; });
    RecentLookupsView &view = window.view();
    QCoreApplication::processEvents();
    QStringList resident{QString::number(residentKib())};
    for (int round = 0; round < rounds; ++round) {
        window.window().lookUp(ids);
        if (!waitUntil([&] { return window.window().lookupsInProgress() == 0; })) {
            std::fprintf(stderr, "the lookups did not end\n");
            return 1;
        }
        // Each checkout in the pane in turn, until its avatar is there.
        view.setCurrentIndex({});
        QCoreApplication::processEvents();
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            const int before = answered;
            view.setCurrentIndex(view.model()->index(row, 0));
            if (!waitUntil([&] { return answered > before; })) {
                std::fprintf(stderr, "no avatar for row %d\n", row);
                return 1;
            }
        }
        QCoreApplication::processEvents();
        resident << QString::number(residentKib());
    }
    std::printf("%s\n", qPrintable(resident.join(u' ')));
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Paydesk"_s);
    QCoreApplication::setApplicationName(u"paydesk"_s);
    const QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(1);
    if (mode == u"pane" && (args.size() == 5 || (args.size() == 6 && args.at(5) == u"events")))
        return paneFill(args.at(2), args.at(3), args.at(4).toInt(), args.size() == 6);
    if (mode == u"filter" && args.size() == 5)
        return filterHistory(args.at(2), args.at(3), args.at(4).toInt());
    if (mode == u"memory" && args.size() == 4)
        return memoryRounds(args.at(2).toInt(), args.at(3).toInt());
    std::fprintf(stderr,
                 "usage: %s pane BASE_URL HEADER_FILE COUNT [events] | filter HISTORY_FILE NEEDLE "
                 "RUNS | memory ROUNDS COUNT\n",
                 argv[0]);
    return 2;
}
