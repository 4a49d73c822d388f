// Pasting many ids into the window, against a test server on 127.0.0.1 with found, failing and
// slow checkouts: duplicates are left out, every id gets one row and one request, no more than
// six requests are in flight, progress counts what came back, and Cancel stops everything.
#include "DarkPalette.h"
#include "LookupHarness.h"

#include "gui/lookups/RecentLookupsModel.h"
#include "gui/window/MainWindow.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>

using namespace Paydesk;
using namespace Paydesk::Test;
using namespace Qt::StringLiterals;

namespace {

const QString checkoutPath = u"/v1/payment/checkouts/"_s;

// The docs' Orqex checkout, with the id asked for.
QByteArray checkoutBody(const QString &id) {
    QJsonObject root =
        QJsonDocument::fromJson(fixture(u"orqex/checkout_docs_example.json"_s)).object();
    QJsonObject data = root.value(u"data"_s).toObject();
    QJsonObject checkout = data.value(u"checkout"_s).toObject();
    checkout.insert(u"id"_s, id);
    data.insert(u"checkout"_s, checkout);
    root.insert(u"data"_s, data);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Answers by the id's name: cs_ok… at once, cs_fail… 404 at once, cs_slow… after a while,
// cs_held… only when released. Counts the requests in flight at once.
class BulkServer : public RawTestServer {
public:
    BulkServer() {
        setOnRequest([this](QTcpSocket *socket, const SeenRequest &request) {
            const QString id = request.path.mid(checkoutPath.size());
            ++inFlight;
            maxInFlight = std::max(maxInFlight, inFlight);
            const QPointer<QTcpSocket> guarded(socket);
            const auto respond = [this, guarded, id] {
                --inFlight;
                if (!guarded)
                    return;
                if (id.startsWith(u"cs_fail"_s))
                    answer(guarded, 404, fixture(u"orqex/error_404.json"_s));
                else
                    answer(guarded, 200, checkoutBody(id));
            };
            if (id.startsWith(u"cs_slow"_s))
                QTimer::singleShot(300, this, respond);
            else if (id.startsWith(u"cs_held"_s))
                held << respond;
            else
                respond();
        });
    }

    void releaseHeld() {
        const auto answers = std::exchange(held, {});
        for (const auto &respond : answers)
            respond();
    }

    int count(const QString &path) const {
        return static_cast<int>(
            std::count_if(requests.cbegin(), requests.cend(),
                          [&path](const SeenRequest &r) { return r.path == path; }));
    }

    int inFlight = 0;
    int maxInFlight = 0;
    QList<std::function<void()>> held;
};

QStringList numbered(const QString &prefix, int count) {
    QStringList ids;
    for (int i = 1; i <= count; ++i)
        ids << u"%1%2"_s.arg(prefix).arg(i);
    return ids;
}

} // namespace

class TestBulkLookup : public QObject {
    Q_OBJECT

    std::unique_ptr<BulkServer> m_server;
    std::unique_ptr<LookupHarness> m_harness;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T *find(const QString &name) const {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qFatal("no widget %s", qPrintable(name));
        return found;
    }

    void openWindow() {
        m_server = std::make_unique<BulkServer>();
        m_harness = std::make_unique<LookupHarness>();
        m_harness->addAccount(account(u"shop"_s, u"orqex"_s, m_server->url(u"/v1"_s)));
        MainWindowSetup setup;
        setup.lookups = &m_harness->service;
        setup.accounts = m_harness->accounts;
        m_window = std::make_unique<MainWindow>(setup);
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Rows per id, with their states.
    QHash<QString, int> rowsPerId() const {
        QHash<QString, int> rows;
        RecentLookupsModel *model = m_window->lookupsModel();
        for (int row = 0; row < model->rowCount(); ++row)
            ++rows[model->entry(row).displayId()];
        return rows;
    }

private Q_SLOTS:
    void initTestCase() {
        // The English plural forms ("1 lookup", "40 lookups") come from its translation.
        qputenv("PAYDESK_LANG", "en");
        installTranslations(*qApp);
    }

    void cleanup() {
        m_window.reset();
        m_harness.reset();
        m_server.reset();
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void everyPastedIdIsAccountedForOnce() {
        openWindow();
        const QStringList found = numbered(u"cs_ok"_s, 20);
        const QStringList failing = numbered(u"cs_fail"_s, 10);
        const QStringList slow = numbered(u"cs_slow"_s, 10);
        // A column from a spreadsheet (tabs, CRLF), commas and spaces, and five duplicates:
        // twice the same id, an id as its checkout URL, and ids given again further down.
        QString pasted;
        for (int i = 0; i < 20; ++i)
            pasted += found.at(i) + u"\t\r\n"_s + (i < 10 ? failing.at(i) + u", "_s : QString())
                      + (i < 10 ? slow.at(i) + u" "_s : QString());
        pasted += u"cs_ok1\r\nhttps://pay.orqex.com/c/cs_ok2\r\ncs_fail3\tcs_slow4; cs_slow4"_s;

        RecentLookupsModel *model = m_window->lookupsModel();
        auto *bar = find<QProgressBar>(u"busyIndicator"_s);
        QSignalSpy progress(bar, &QProgressBar::valueChanged);
        auto *field = find<QLineEdit>(u"lookupField"_s);
        field->setText(pasted);
        QTest::keyClick(field, Qt::Key_Return);

        QCOMPARE(m_window->lookupBatch().total(), 40);
        QCOMPARE(m_window->lookupBatch().duplicates(), 5);
        // The bar and the cancel button appear once the lookups have run for busyDelay, not
        // at once (a fast answer shows none), already counting.
        QVERIFY(!bar->isVisible());
        QVERIFY(!find<QPushButton>(u"cancelButton"_s)->isVisible());
        QCOMPARE(bar->maximum(), 40);
        QCOMPARE(bar->text(), u"0 of 40"_s);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(find<QPushButton>(u"cancelButton"_s)->isVisible());

        // Asked for again while it is being looked up: left out too.
        m_window->lookUp({slow.first()});
        QCOMPARE(m_window->lookupBatch().duplicates(), 6);
        QCOMPARE(m_window->lookupBatch().total(), 40);

        // Rows fill in as answers arrive, while the slow ones are still out.
        QTRY_VERIFY(m_window->lookupBatch().found() >= 20 && m_window->lookupsInProgress() > 0);
        auto *counts = find<QLabel>(u"batchCounts"_s);
        QVERIFY2(counts->text().contains(u"failed"_s), qPrintable(counts->text()));
        QCOMPARE(bar->value(), m_window->lookupBatch().done());

        QTRY_COMPARE_WITH_TIMEOUT(m_window->lookupsInProgress(), 0, 20000);
        QVERIFY(!bar->isVisible());
        QVERIFY(!counts->isVisible());

        // One row and one request per checkout, whatever the paste repeated.
        const QHash<QString, int> rows = rowsPerId();
        QCOMPARE(rows.size(), 40);
        QCOMPARE(model->rowCount(), 40);
        for (const QString &id : found + failing + slow) {
            QCOMPARE(rows.value(id), 1);
            QCOMPARE(m_server->count(checkoutPath + id), 1);
        }
        QCOMPARE(m_server->requests.size(), 40);
        for (int row = 0; row < model->rowCount(); ++row) {
            const LookupEntry &entry = model->entry(row);
            QCOMPARE(entry.state, entry.displayId().startsWith(u"cs_fail"_s)
                                      ? LookupEntry::State::Failed
                                      : LookupEntry::State::Found);
        }

        // At most six at a time to the one host, and more than one.
        QVERIFY2(m_server->maxInFlight <= 6, qPrintable(QString::number(m_server->maxInFlight)));
        QVERIFY2(m_server->maxInFlight > 1, qPrintable(QString::number(m_server->maxInFlight)));

        // The bar went up one answer at a time.
        QVERIFY(progress.size() >= 30);
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).at(0).toInt() >= progress.at(i - 1).at(0).toInt());

        const QString summary = m_window->statusBar()->currentMessage();
        QVERIFY2(summary.contains(u"40 lookups"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"30 found"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"10 failed"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"6 duplicates"_s), qPrintable(summary));
        QCOMPARE(m_window->lookupBatch().total(), 0);
    }

    void cancelStopsEveryLookup() {
        openWindow();
        const QStringList held = numbered(u"cs_held"_s, 30);
        m_window->lookUp(held);
        QCOMPARE(m_window->lookupsInProgress(), 30);
        QCOMPARE(m_window->lookupsModel()->rowCount(), 30);

        // Six reach the server; the others wait their turn and do not come.
        QTRY_COMPARE(m_server->requests.size(), 6);
        QTest::qWait(300);
        QCOMPARE(m_server->requests.size(), 6);

        RecentLookupsModel *model = m_window->lookupsModel();
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QTest::mouseClick(find<QPushButton>(u"cancelButton"_s), Qt::LeftButton);
        QCOMPARE(m_window->lookupsInProgress(), 0);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!find<QProgressBar>(u"busyIndicator"_s)->isVisible());
        const QString summary = m_window->statusBar()->currentMessage();
        QVERIFY2(summary.contains(u"30 canceled"_s), qPrintable(summary));

        // The held answers arrive late; nothing more is asked, nothing is added.
        changed.clear();
        m_server->releaseHeld();
        QTest::qWait(500);
        QCOMPARE(m_server->requests.size(), 6);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model->rowCount(), 0);
        QTRY_COMPARE(m_server->openConnections, 0);
    }

    // The window in the middle of a bulk lookup, to look at: English, then Arabic (RTL).
    void screenshotsOfABulkRun() {
        const QString dir = qEnvironmentVariable("PAYDESK_SHOTS_DIR", u"/tmp/paydesk-shots"_s);
        QVERIFY(QDir().mkpath(dir));
        const QPalette light = QApplication::palette();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkTestPalette() : light);
            for (const QString &language : {u"en"_s, u"ar"_s}) {
                qputenv("PAYDESK_LANG", language.toUtf8());
                installTranslations(*qApp);
                // Set outright: cleanup() set it, after which Qt no longer takes it from Arabic.
                QApplication::setLayoutDirection(language == u"ar"_s ? Qt::RightToLeft
                                                                     : Qt::LeftToRight);
                openWindow();
                QCOMPARE(m_window->layoutDirection(),
                         language == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
                // Started last to first: the held ones are asked for last and stay out.
                m_window->lookUp(numbered(u"cs_held"_s, 9) + numbered(u"cs_ok"_s, 12)
                                 + numbered(u"cs_fail"_s, 4));
                QTRY_COMPARE(m_window->lookupBatch().done(), 16);
                QTRY_VERIFY(find<QProgressBar>(u"busyIndicator"_s)->isVisible());
                const QString name =
                    u"bulk-%1%2.png"_s.arg(language, dark ? u"-dark"_s : QString());
                QVERIFY(m_window->grab().save(QDir(dir).filePath(name)));
                m_window->cancelLookups();
                cleanup();
            }
        }
        QApplication::setPalette(light);
        qputenv("PAYDESK_LANG", "en");
        installTranslations(*qApp);
    }
};

QTEST_MAIN(TestBulkLookup)
#include "tst_BulkLookup.moc"
