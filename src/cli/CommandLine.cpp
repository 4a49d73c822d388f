#include "cli/CommandLine.h"

#include "cli/AccountCommand.h"
#include "cli/ExitCode.h"
#include "cli/LookupCommand.h"
#include "cli/TerminalText.h"
#include "providers/ProviderRegistry.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Paydesk {

namespace {

const QString lookupCommand = QStringLiteral("lookup");
const QString accountCommand = QStringLiteral("account");

QString usageText() {
    return QCoreApplication::translate(
               "Paydesk::CommandLine",
               "Usage:\n"
               "  paydesk [--] [ID...]                     open the dashboard (and look these ids "
               "up)\n"
               "  paydesk --demo [--] [ID...]              the dashboard against the built-in demo "
               "server\n"
               "  paydesk lookup [--account NAME] [--json] [--demo] [--] ID...\n"
               "  paydesk account add [--] NAME --provider %1 --mode test|live "
               "[--base-url URL]\n"
               "  paydesk account list [--json]\n"
               "  paydesk account remove [--] NAME\n"
               "  paydesk --version | --help\n"
               "  paydesk COMMAND --help                   a command's own help\n")
        .arg(ProviderRegistry::keys().join(u'|'));
}

bool isVersionOption(const QString &argument) {
    return argument == QLatin1String("--version") || argument == QLatin1String("-v");
}

bool isHelpOption(const QString &argument) {
    return argument == QLatin1String("--help") || argument == QLatin1String("-h");
}

// --help among the dashboard's arguments, before a "--" that would make it an id.
bool asksForHelp(const QStringList &arguments) {
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--"))
            return false;
        if (isHelpOption(argument))
            return true;
    }
    return false;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments) {
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return first == lookupCommand || first == accountCommand || isVersionOption(first)
           || asksForHelp(arguments);
}

int runCommandLine(const QStringList &arguments, const DemoStarter &startDemo) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(1);
    if (first == lookupCommand)
        return runLookupCommand(arguments.mid(2), startDemo);
    if (first == accountCommand)
        return runAccountCommand(arguments.mid(2));
    // --version and -v stand alone: anywhere else they are an unknown option.
    if (isVersionOption(first) && arguments.size() == 2) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return ExitAllFound;
    }
    if (asksForHelp(arguments)) {
        out << usageText();
        return ExitAllFound;
    }
    err << terminalSafe(
        QCoreApplication::translate("Paydesk::CommandLine", "Unexpected arguments: %1")
            .arg(arguments.mid(1).join(u' ')))
        << '\n'
        << usageText();
    return ExitBadUsage;
}

} // namespace Paydesk
