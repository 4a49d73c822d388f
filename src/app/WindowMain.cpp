// The entry of the paydesk_window module (see WindowModule.h): everything the window needs,
// from the QApplication on, lives on this side.
#include "app/ApplicationIdentity.h"
#include "app/WindowLaunch.h"
#include "app/WindowModule.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QIcon>

extern "C" __attribute__((visibility("default"))) int paydesk_window_main(int *argc, char **argv) {
    QApplication app(*argc, argv);
    Paydesk::describeApplication();
    // The launcher's name (for Wayland's app id and the task bar) and the icon it installs.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.paydesk.Paydesk"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.paydesk.Paydesk"),
                         QIcon(QStringLiteral(":/app/org.paydesk.Paydesk.svg"))));
    Paydesk::installTranslations(app);
    return Paydesk::runWindow(QCoreApplication::arguments());
}
