#include "cli/CommandParser.h"

#include "cli/ExitCode.h"
#include "cli/TerminalText.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::CommandParser)
};

QString usageLine(const QString &usage) {
    return Text::tr("Usage: %1").arg(usage);
}

} // namespace

ParsedCommand parseCommand(QCommandLineParser &parser, const QString &usage,
                           const QStringList &arguments) {
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        Text::tr("Show this help."));
    parser.addOption(helpOption);
    // The first argument stands for the program and is not parsed.
    if (!parser.parse(QStringList{QStringLiteral("paydesk")} + arguments))
        return {ParsedCommand::UsageError, parser.errorText()};
    if (parser.isSet(helpOption)) {
        // Qt's help starts with a usage line naming the executable's path: ours instead.
        const QString qtHelp = parser.helpText();
        return {ParsedCommand::Help,
                usageLine(usage) + u'\n' + qtHelp.mid(qtHelp.indexOf(u'\n') + 1)};
    }
    return {};
}

int reportParsed(const ParsedCommand &parsed, const QString &usage) {
    if (parsed.outcome == ParsedCommand::Help) {
        QTextStream(stdout) << parsed.text;
        return ExitAllFound;
    }
    printUsageError(parsed.text, usage);
    return ExitBadUsage;
}

void printUsageError(const QString &reason, const QString &usage) {
    QTextStream(stderr) << terminalSafe(reason) << '\n' << usageLine(usage) << '\n';
}

} // namespace Paydesk
