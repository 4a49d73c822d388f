#include "gui/Dashboard.h"

#include "demo/DemoAccounts.h"
#include "demo/DemoBackend.h"
#include "gui/window/MainWindow.h"
#include "images/ImageLoader.h"
#include "network/LookupService.h"
#include "secrets/KeychainStore.h"
#include "secrets/ShortLivedKeyCache.h"
#include "storage/AccountStore.h"
#include "storage/AppPaths.h"
#include "storage/HistoryStore.h"

#include <QApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace Paydesk {

std::optional<DashboardOptions> parseDashboardArguments(const QStringList &arguments,
                                                        QString *error) {
    DashboardOptions options;
    bool onlyIds = false;
    for (const QString &argument : arguments.mid(1)) {
        if (!onlyIds && argument == u"--"_s) {
            onlyIds = true;
        } else if (!onlyIds && argument == u"--demo"_s) {
            options.demo = true;
        } else if (!onlyIds && argument.startsWith(u'-')) {
            if (error)
                *error = QApplication::translate("Dashboard", "Unknown option: %1").arg(argument);
            return std::nullopt;
        } else {
            options.ids << argument;
        }
    }
    return options;
}

QString demoBannerText() {
    return QApplication::translate(
        "Dashboard", "Demo data: these checkouts come from a built-in server on this "
                     "computer with made-up accounts. No real provider is asked, no key "
                     "is used and nothing goes into your history.");
}

namespace {

// The demo's keys once it has started. The demo starts after the window's first frame, and
// the window starts no lookup before that (MainWindowSetup::startLater); a demo that did not
// start has no key, and ends the run.
class DemoKeysLater : public KeyProvider {
public:
    void setDemo(DemoBackend *demo) { m_demo = demo; }
    void readKey(const QString &accountName, QObject *context,
                 std::function<void(const KeyResult &)> done) override {
        if (m_demo) {
            m_demo->keys()->readKey(accountName, context, std::move(done));
            return;
        }
        KeyResult result;
        result.error = KeyErrorKind::Missing;
        result.message = QApplication::translate("Dashboard", "The demo server could not start.");
        QMetaObject::invokeMethod(
            context ? context : QCoreApplication::instance(),
            [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
    }

private:
    DemoBackend *m_demo = nullptr;
};

} // namespace

int runDashboard(const DashboardOptions &options, const DemoStarter &startDemo,
                 const std::function<void(MainWindow &)> &windowOpened) {

    QNetworkAccessManager nam;
    MainWindowSetup setup;
    std::unique_ptr<DemoBackend> demo;
    DemoKeysLater demoKeys;
    std::unique_ptr<LookupService> lookups;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<KeychainStore> keychain;
    std::unique_ptr<ShortLivedKeyCache> keys;
    std::unique_ptr<AccountStore> accountStore;
    if (options.demo) {
        lookups = std::make_unique<LookupService>(&nam, &demoKeys);
        setup.demoBanner = demoBannerText();
        // The chooser is sized by its entries: the first frame has the demo's accounts, as
        // compiled in, so that the lookup bar keeps its widths when the demo has started.
        setup.accounts = demoAccountsBeforeStart();
        // Loading the demo module and starting its server (whose QHttpServer sets Qt's TLS
        // up) is not what the first frame shows: the window comes first. Only the accounts'
        // base URLs (the server's port), the keys and the checkouts wait for the server;
        // lookups asked for meanwhile wait with them (MainWindow::isHistoryPending).
        setup.startLater = [&](MainWindow &window) {
            demo = startDemo ? startDemo(nullptr) : nullptr;
            if (!demo) {
                QCoreApplication::exit(2); // startDemo said why
                return;
            }
            demoKeys.setDemo(demo.get());
            // The same accounts as the chooser's, now with their base URLs.
            lookups->setAccounts(demo->accounts());
            window.setDemoCheckouts(demo->checkoutIds());
            if (options.ids.isEmpty())
                window.lookUp(demo->checkoutIds());
        };
    } else {
        keychain = std::make_unique<KeychainStore>();
        // Lookups read each key once per burst instead of once per lookup (a Secret Service
        // round trip each), and the idle window keeps no key.
        keys = std::make_unique<ShortLivedKeyCache>(keychain.get());
        QObject::connect(keychain.get(), &KeychainStore::keyChanged, keys.get(),
                         &ShortLivedKeyCache::forgetKeys);
        lookups = std::make_unique<LookupService>(&nam, keys.get());
        accountStore = std::make_unique<AccountStore>();
        setup.accounts = accountStore->accounts();
        setup.accountStore = accountStore.get();
        setup.keychain = keychain.get();
        setup.nam = &nam;
        // Opened by the window once its first frame is on screen.
        setup.openHistory = [&history] {
            // History/maxRows in the settings caps the history; absent or 0: every lookup is
            // kept.
            const int maxRows = QSettings(settingsFilePath(), QSettings::IniFormat)
                                    .value(u"History/maxRows"_s, HistoryStore::unbounded)
                                    .toInt();
            history = std::make_unique<HistoryStore>(
                QDir(dataDirectory()).filePath(u"history.sqlite"_s), maxRows);
            return history.get();
        };
    }
    lookups->setAccounts(setup.accounts);
    setup.lookups = lookups.get();
    ImageLoader images(&nam, QDir(cacheDirectory()).filePath(u"images"_s));
    images.setAccountOrigins(
        [service = lookups.get()](const QString &account) { return service->baseUrlOf(account); });
    setup.images = &images;
    setup.settingsFile = QDir(configDirectory()).filePath(u"window.ini"_s);

    MainWindow window(setup);
    if (windowOpened)
        windowOpened(window);
    window.show();
    if (!options.ids.isEmpty())
        window.lookUp(options.ids);
    return QApplication::exec();
}

} // namespace Paydesk
