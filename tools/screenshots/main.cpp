// Takes the screenshots the AppStream metainfo shows: the demo dashboard, drawn offscreen
// exactly as `paydesk --demo` draws it at its first start, in English and in Arabic: the
// window at its default size on a screen where that is 1280x760 (screen.json: nine tenths of
// its width, seventeen twentieths of its height), the list and the pane at their default split.
//   paydesk_screenshots OUTPUT_DIR [WIDTH]
// writes OUTPUT_DIR/dashboard.png and OUTPUT_DIR/dashboard-ar.png; with WIDTH, the window is
// then narrowed to WIDTH pixels as an operator would, to see what gives way.
#include "demo/DemoEnvironment.h"
#include "gui/Dashboard.h"
#include "gui/window/MainWindow.h"
#include "i18n/Translations.h"
#include "images/ImageLoader.h"
#include "network/LookupService.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

// Runs the event loop until `done` holds, or for at most `limitMs`.
template <typename Done>
bool runUntil(Done done, int limitMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < limitMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return done();
}

bool shoot(QApplication &app, const QString &language, const QString &file, int width) {
    qputenv("PAYDESK_LANG", language.toUtf8());
    installTranslations(app);

    DemoEnvironment demo;
    if (!demo.start())
        return false;
    QNetworkAccessManager nam;
    LookupService lookups(&nam, demo.keys());
    lookups.setAccounts(demo.accounts());
    QTemporaryDir cache;
    ImageLoader images(&nam, cache.filePath(u"images"_s));
    images.setAccountOrigins(
        [&lookups](const QString &account) { return lookups.baseUrlOf(account); });

    MainWindowSetup setup;
    setup.lookups = &lookups;
    setup.images = &images;
    setup.accounts = demo.accounts();
    setup.demoIds = demo.checkoutIds();
    setup.demoBanner = demoBannerText();
    MainWindow window(setup);
    window.show();
    if (width > 0)
        window.resize(width, window.height());
    window.lookUp(setup.demoIds);
    if (!runUntil([&window] { return window.lookupsInProgress() == 0; }, 30000))
        return false;
    // Let the avatars and method icons arrive and the pane settle.
    runUntil([] { return false; }, 1500);
    return window.grab().save(file, "PNG");
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" PAYDESK_SCREENSHOT_SCREEN);
    QApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QApplication::arguments();
    const int width = arguments.size() == 3 ? arguments.at(2).toInt() : 0;
    if (arguments.size() < 2 || arguments.size() > 3 || (arguments.size() == 3 && width <= 0)) {
        err << "Usage: paydesk_screenshots OUTPUT_DIR [WIDTH]\n";
        return 2;
    }
    const QDir output(arguments.at(1));
    if (!output.mkpath(u"."_s)) {
        err << "Could not create " << output.path() << '\n';
        return 1;
    }
    for (const auto &[language, name] :
         {std::pair{u"en"_s, u"dashboard.png"_s}, std::pair{u"ar"_s, u"dashboard-ar.png"_s}}) {
        if (!shoot(app, language, output.filePath(name), width)) {
            err << "Could not take " << name << '\n';
            return 1;
        }
    }
    return 0;
}
