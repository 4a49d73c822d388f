#pragma once

#include <QStringList>

namespace Paydesk {

// True when the arguments ask for a command that runs without a window: `lookup` or
// `account` first, `--version` alone, or `--help` among the dashboard's options.
bool isCommandLineInvocation(const QStringList &arguments);

// Runs that command to completion (spinning the application's event loop as needed) and
// returns the exit status. Needs a QCoreApplication.
int runCommandLine(const QStringList &arguments);

} // namespace Paydesk
