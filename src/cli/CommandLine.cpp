#include "cli/CommandLine.h"

#include "cli/AccountCommand.h"
#include "cli/ExitCode.h"
#include "cli/LookupCommand.h"
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
               "  paydesk                                  open the dashboard\n"
               "  paydesk ID...                            open it and look these ids up\n"
               "  paydesk --demo [ID...]                   the dashboard against the built-in demo "
               "server\n"
               "  paydesk lookup ID... [--account NAME] [--json] [--demo]\n"
               "  paydesk account add NAME --provider %1 --mode test|live "
               "[--base-url URL]\n"
               "  paydesk account list [--json]\n"
               "  paydesk account remove NAME\n"
               "  paydesk --version | --help\n")
        .arg(ProviderRegistry::keys().join(u'|'));
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments) {
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return first == lookupCommand || first == accountCommand
           || arguments.contains(QStringLiteral("--version"))
           || arguments.contains(QStringLiteral("-v"))
           || arguments.contains(QStringLiteral("--help"))
           || arguments.contains(QStringLiteral("-h"));
}

int runCommandLine(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.contains(QStringLiteral("--version"))
        || arguments.contains(QStringLiteral("-v"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return ExitAllFound;
    }
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << usageText();
        return ExitAllFound;
    }
    if (arguments.value(1) == lookupCommand)
        return runLookupCommand(arguments.mid(2));
    if (arguments.value(1) == accountCommand)
        return runAccountCommand(arguments.mid(2));
    err << usageText();
    return ExitBadUsage;
}

} // namespace Paydesk
