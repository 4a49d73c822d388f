// The entry of the paydesk_window module (see WindowModule.h): everything the window needs,
// from the QApplication on, lives on this side.
#include "app/ApplicationIdentity.h"
#include "app/DemoModuleLoader.h"
#include "app/WindowLaunch.h"
#include "app/WindowModule.h"
#include "gui/common/DeferredIcon.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QStyle>

extern "C" __attribute__((visibility("default"))) int paydesk_window_main(int *argc, char **argv) {
    QApplication app(*argc, argv);
    // Before any widget is made, so that none makes a standard icon it does not draw yet.
    QApplication::setStyle(new Paydesk::DeferredIconsStyle(QApplication::style()->name()));
    Paydesk::describeApplication();
    // The launcher's name, for Wayland's app id and the task bar; the icon follows the window's
    // first frame (runWindow).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.paydesk.Paydesk"));
    Paydesk::installTranslations(app);
    return Paydesk::runWindow(QCoreApplication::arguments(), &Paydesk::startDemoModule);
}
