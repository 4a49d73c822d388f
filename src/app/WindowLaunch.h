#pragma once

#include "demo/DemoBackend.h"

#include <QStringList>

namespace Paydesk {

// `paydesk [--demo] [ID | paydesk://checkout/... ...]`: reads the links, then hands the
// lookups to a Paydesk already running for this user, configuration and mode (and returns 0
// at once), or opens the window and runs until it is closed. A malformed link is reported
// (standard error, and a message box on a real display) and nothing is looked up: status 2.
// `--demo` is had from `startDemo` (the demo module), only once this process is the one to
// open the window; a demo that cannot start is reported the same way. Needs a QApplication.
int runWindow(const QStringList &arguments, const DemoStarter &startDemo);

} // namespace Paydesk
