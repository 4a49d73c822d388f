#include "app/ApplicationIdentity.h"
#include "app/DemoModuleLoader.h"
#include "app/ProcessSafety.h"
#include "app/WindowModuleLoader.h"
#include "cli/CommandLine.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

QStringList argumentList(int argc, char **argv) {
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char **argv) {
    Paydesk::secureProcess();
    // Commands for scripts need no display: they run on a QCoreApplication, and this
    // executable links nothing of the window.
    if (Paydesk::isCommandLineInvocation(argumentList(argc, argv))) {
        QCoreApplication app(argc, argv);
        Paydesk::describeApplication();
        Paydesk::installTranslations(app);
        return Paydesk::runCommandLine(QCoreApplication::arguments(), &Paydesk::startDemoModule);
    }
    return Paydesk::runWindowModule(argc, argv);
}
