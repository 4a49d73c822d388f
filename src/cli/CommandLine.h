#pragma once

#include "demo/DemoBackend.h"

#include <QStringList>

namespace Paydesk {

// True when the arguments ask for a command that runs without a window: `lookup` or
// `account` first, `--version` alone, or `--help` among the dashboard's options.
bool isCommandLineInvocation(const QStringList &arguments);

// Runs that command to completion (spinning the application's event loop as needed) and
// returns the exit status. `lookup --demo` has the demo from `startDemo` (the demo module).
// Needs a QCoreApplication.
int runCommandLine(const QStringList &arguments, const DemoStarter &startDemo = {});

} // namespace Paydesk
