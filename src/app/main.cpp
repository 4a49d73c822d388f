#include "app/WindowLaunch.h"
#include "cli/CommandLine.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QStringList>

namespace {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("Paydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("paydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
}

QStringList argumentList(int argc, char **argv) {
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char **argv) {
    // Commands for scripts need no display: they run on a QCoreApplication.
    if (Paydesk::isCommandLineInvocation(argumentList(argc, argv))) {
        QCoreApplication app(argc, argv);
        describeApplication();
        Paydesk::installTranslations(app);
        return Paydesk::runCommandLine(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    describeApplication();
    // The launcher's name (for Wayland's app id and the task bar) and the icon it installs.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.paydesk.Paydesk"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.paydesk.Paydesk"),
                         QIcon(QStringLiteral(":/app/org.paydesk.Paydesk.svg"))));
    Paydesk::installTranslations(app);
    return Paydesk::runWindow(QCoreApplication::arguments());
}
