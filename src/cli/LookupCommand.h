#pragma once

#include "demo/DemoBackend.h"
#include "domain/Account.h"
#include "domain/KeyProvider.h"
#include "network/LookupService.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Paydesk {

// `paydesk lookup ID... [--account NAME] [--json | --csv] [--demo]`, as interface.md says.
struct LookupRequest {
    QStringList inputs; // ids or pasted checkout URLs, in the order given; "-": standard input
    QString account;    // empty: every account that can hold an id
    bool json = false;
    bool csv = false;
    bool demo = false;
    QString help; // set when --help asked for the command's help: print it and stop
};

// "paydesk lookup [options] [--] ID..."
QString lookupSynopsis();

// Parses the arguments after "lookup" strictly (an unknown or misplaced option is bad usage,
// "--" ends the options); nullopt with `error` set on bad usage. No id is not an error here:
// the ids may come from standard input.
std::optional<LookupRequest> parseLookupArguments(const QStringList &arguments, QString *error);

// Looks every input up at once (the service keeps to its per-host limit) and waits, spinning
// an event loop, until all have finished. Outcomes come back in the order of `inputs`, one
// each; an id given more than once (also as a URL) is asked for once.
QList<LookupOutcome> lookUpAll(LookupService &service, const QStringList &inputs,
                               const QString &account);

// The same, but each outcome goes to `ready`, in the order of `inputs`, as soon as it and all
// those before it are known; none is kept after that.
void lookUpInOrder(LookupService &service, const QStringList &inputs, const QString &account,
                   const std::function<void(const LookupOutcome &)> &ready);

// Runs the command to completion: prints text or JSON to standard output, usage errors to
// standard error, and returns the exit status. `--demo` is had from `startDemo`. Needs a
// QCoreApplication.
int runLookupCommand(const QStringList &arguments, const DemoStarter &startDemo = {});

} // namespace Paydesk
