#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace Paydesk {

struct ParsedCommand {
    enum Outcome {
        Run,        // the arguments are good: run the command
        Help,       // --help: `text` is the command's help, for standard output, exit status 0
        UsageError, // `text` is the reason, for standard error with the usage, exit status 2
    };
    Outcome outcome = Run;
    QString text;
};

// Parses one subcommand's arguments strictly: an option it does not know, or a missing value,
// is a usage error; "--" ends the options, so every later argument is positional (an account
// named "-x"); -h/--help asks for the subcommand's own help. `usage` is its synopsis, e.g.
// "paydesk account remove [--] NAME". Prints nothing.
ParsedCommand parseCommand(QCommandLineParser &parser, const QString &usage,
                           const QStringList &arguments);

// Prints what parseCommand found (help to standard output; a reason and the usage to standard
// error, made safe for a terminal) and returns the exit status: 0 for help, 2 otherwise.
int reportParsed(const ParsedCommand &parsed, const QString &usage);

// Writes a reason and the usage to standard error, made safe for a terminal (the reason may
// quote what was typed).
void printUsageError(const QString &reason, const QString &usage);

} // namespace Paydesk
