#pragma once

#include "domain/Account.h"
#include "domain/KeyProvider.h"
#include "network/LookupService.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Paydesk {

// `paydesk lookup ID... [--account NAME] [--json] [--demo]`, as interface.md says.
struct LookupRequest {
    QStringList inputs; // ids or pasted checkout URLs, in the order given
    QString account;    // empty: every account that can hold an id
    bool json = false;
    bool demo = false;
    QString help; // set when --help asked for the command's help: print it and stop
};

// "paydesk lookup [options] [--] ID..."
QString lookupSynopsis();

// Parses the arguments after "lookup" strictly (an unknown or misplaced option is bad usage,
// "--" ends the options); nullopt with `error` set on bad usage.
std::optional<LookupRequest> parseLookupArguments(const QStringList &arguments, QString *error);

// Looks every input up at once (the service keeps to its per-host limit) and waits, spinning
// an event loop, until all have finished. Outcomes come back in the order of `inputs`.
QList<LookupOutcome> lookUpAll(LookupService &service, const QStringList &inputs,
                               const QString &account);

// Runs the command to completion: prints text or JSON to standard output, usage errors to
// standard error, and returns the exit status. Needs a QCoreApplication.
int runLookupCommand(const QStringList &arguments);

} // namespace Paydesk
