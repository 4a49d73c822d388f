#include "gui/Dashboard.h"

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

int runDashboard(const DashboardOptions &options, DemoBackend *demo,
                 const std::function<void(MainWindow &)> &windowOpened) {

    QNetworkAccessManager nam;
    MainWindowSetup setup;
    std::unique_ptr<LookupService> lookups;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<KeychainStore> keychain;
    std::unique_ptr<ShortLivedKeyCache> keys;
    std::unique_ptr<AccountStore> accountStore;
    if (demo) {
        lookups = std::make_unique<LookupService>(&nam, demo->keys());
        setup.accounts = demo->accounts();
        setup.demoIds = demo->checkoutIds();
        setup.demoBanner = demoBannerText();
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
    else if (demo)
        window.lookUp(setup.demoIds);
    return QApplication::exec();
}

} // namespace Paydesk
