#pragma once

#include <QStringList>

namespace Paydesk {

// `paydesk account add NAME --provider KEY --mode test|live [--base-url URL]`
// (the secret key is read from standard input, without echo on a terminal),
// `paydesk account list [--json]` and `paydesk account remove NAME`, as interface.md says.
// Takes the arguments after "account", prints to standard output and standard error, and
// returns the exit status. A secret key is never printed, only its last 4 characters.
// Needs a QCoreApplication; spins an event loop while the keychain answers.
int runAccountCommand(const QStringList &arguments);

} // namespace Paydesk
