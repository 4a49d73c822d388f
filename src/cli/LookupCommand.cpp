#include "cli/LookupCommand.h"

#include "cli/CommandParser.h"
#include "cli/ExitCode.h"
#include "cli/LookupInputs.h"
#include "cli/LookupOutput.h"
#include "cli/StandardInput.h"
#include "domain/CheckoutJson.h"
#include "providers/CheckoutId.h"
#include "secrets/KeyCache.h"
#include "secrets/KeychainStore.h"
#include "storage/AccountStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

#include <unistd.h>

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::LookupCommand)
};

// Where the accounts and their keys come from: the built-in demo, or the settings and the
// OS keychain.
struct LookupSetup {
    QList<Account> accounts;
    KeyProvider *keys = nullptr;
    std::unique_ptr<DemoBackend> demo;
    std::unique_ptr<KeychainStore> keychain;
    std::unique_ptr<KeyCache> keyCache;
};

std::optional<LookupSetup> openDemo(const DemoStarter &startDemo, QString *error) {
    LookupSetup setup;
    QString problem;
    setup.demo = startDemo ? startDemo(&problem) : nullptr;
    if (!setup.demo) {
        *error = problem.isEmpty() ? Text::tr("The demo server could not start.") : problem;
        return std::nullopt;
    }
    setup.accounts = setup.demo->accounts();
    setup.keys = setup.demo->keys();
    return setup;
}

// Accounts from the settings, keys from the OS keychain. No account, or an unreachable
// keychain, is reported per id (no_account, keychain) with exit status 2. Each account's key is
// read once for the whole command, however many ids it is asked for: a Secret Service round
// trip per id would make thousands of ids wait on the keychain (and time out behind it).
std::optional<LookupSetup> openConfigured() {
    LookupSetup setup;
    setup.accounts = AccountStore().accounts();
    setup.keychain = std::make_unique<KeychainStore>();
    setup.keyCache = std::make_unique<KeyCache>(setup.keychain.get());
    setup.keys = setup.keyCache.get();
    return setup;
}

// The arguments with standard input's ids in place of "-" (or alone), or nullopt with
// `error` set when standard input was too long or unreadable.
std::optional<QStringList> gatherInputs(const QStringList &arguments, QString *error) {
    if (!readsStandardInput(arguments, isatty(STDIN_FILENO)))
        return arguments;
    QByteArray bytes;
    const InputStatus status =
        readStandardInput(bytes, maxStandardInputIdBytes, InputEnd::EndOfFile);
    if (status == InputStatus::TooLong) {
        *error = Text::tr("Standard input holds more than %1 MiB of ids: give fewer at a time.")
                     .arg(maxStandardInputIdBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (status == InputStatus::Unreadable) {
        *error = Text::tr("Standard input could not be read.");
        return std::nullopt;
    }
    return withStandardInputIds(arguments, QString::fromUtf8(bytes));
}

} // namespace

QString lookupSynopsis() {
    return QStringLiteral(
        "paydesk lookup [--account NAME] [--json | --csv] [--demo] [--] ID... | -");
}

std::optional<LookupRequest> parseLookupArguments(const QStringList &arguments, QString *error) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           Text::tr("Ask only this account."), Text::tr("NAME"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Text::tr("Print JSON for scripts."));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"), Text::tr("Print CSV for spreadsheets and scripts: one row per id."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        Text::tr("Use the built-in demo server; no keys needed."));
    parser.addOptions({accountOption, jsonOption, csvOption, demoOption});
    parser.addPositionalArgument(
        QStringLiteral("ID"),
        Text::tr("Checkout ids or checkout URLs; - (or none, from a pipe) reads them from "
                 "standard input."),
        QStringLiteral("ID..."));
    const ParsedCommand parsed = parseCommand(parser, lookupSynopsis(), arguments);
    if (parsed.outcome == ParsedCommand::UsageError) {
        *error = parsed.text;
        return std::nullopt;
    }
    if (parsed.outcome == ParsedCommand::Help) {
        LookupRequest help;
        help.help = parsed.text;
        return help;
    }
    LookupRequest request;
    request.inputs = parser.positionalArguments();
    request.account = parser.value(accountOption);
    request.json = parser.isSet(jsonOption);
    request.csv = parser.isSet(csvOption);
    request.demo = parser.isSet(demoOption);
    if (request.json && request.csv) {
        *error = Text::tr("Choose one of --json and --csv.");
        return std::nullopt;
    }
    if (parser.isSet(accountOption) && request.account.isEmpty()) {
        *error = Text::tr("--account needs an account name.");
        return std::nullopt;
    }
    return request;
}

QList<LookupOutcome> lookUpAll(LookupService &service, const QStringList &inputs,
                               const QString &account) {
    QList<LookupOutcome> outcomes;
    outcomes.reserve(inputs.size());
    lookUpInOrder(service, inputs, account,
                  [&outcomes](const LookupOutcome &outcome) { outcomes.append(outcome); });
    return outcomes;
}

void lookUpInOrder(LookupService &service, const QStringList &inputs, const QString &account,
                   const std::function<void(const LookupOutcome &)> &ready) {
    // Which inputs each lookup answers, in the order of their first appearance.
    QHash<QString, QList<qsizetype>> askedBy;
    QStringList order;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QString key = checkoutInputKey(inputs.at(i));
        if (!askedBy.contains(key))
            order << key;
        askedBy[key] << i;
    }

    // Outcomes that came before one of an earlier input wait here, and only they.
    QList<std::optional<LookupOutcome>> waiting(inputs.size());
    qsizetype nextToHand = 0;
    qsizetype pending = order.size();
    QEventLoop loop;
    const auto handOverReady = [&] {
        for (; nextToHand < waiting.size() && waiting.at(nextToHand); ++nextToHand) {
            ready(*waiting.at(nextToHand));
            waiting[nextToHand].reset();
        }
    };
    for (const QString &key : std::as_const(order)) {
        const QList<qsizetype> indexes = askedBy.value(key);
        LookupJob *job = service.lookup(inputs.at(indexes.first()), account);
        QObject::connect(job, &LookupJob::finished, &loop,
                         [&inputs, &waiting, &pending, &loop, &handOverReady,
                          indexes](const LookupOutcome &outcome) {
                             for (const qsizetype i : indexes) {
                                 waiting[i] = outcome;
                                 waiting[i]->input = inputs.at(i).trimmed();
                             }
                             handOverReady();
                             if (--pending == 0)
                                 loop.quit();
                         });
    }
    if (pending > 0)
        loop.exec();
}

int runLookupCommand(const QStringList &arguments, const DemoStarter &startDemo) {
    QTextStream err(stderr);
    QString error;
    const std::optional<LookupRequest> request = parseLookupArguments(arguments, &error);
    if (!request) {
        printUsageError(error, lookupSynopsis());
        return ExitBadUsage;
    }
    if (!request->help.isEmpty()) {
        QTextStream(stdout) << request->help;
        return ExitAllFound;
    }

    const std::optional<QStringList> inputs = gatherInputs(request->inputs, &error);
    if (!inputs) {
        err << error << '\n';
        return ExitBadUsage;
    }
    if (inputs->isEmpty()) {
        printUsageError(Text::tr("Give at least one checkout id, as an argument or on standard "
                                 "input."),
                        lookupSynopsis());
        return ExitBadUsage;
    }

    std::optional<LookupSetup> setup =
        request->demo ? openDemo(startDemo, &error) : openConfigured();
    if (!setup) {
        err << error << '\n';
        return ExitBadUsage;
    }

    QNetworkAccessManager nam;
    LookupService service(&nam, setup->keys);
    service.setAccounts(setup->accounts);

    // Each result is written as soon as it and those before it are known (the JSON in
    // interface.md's key order, the text in the interface language's locale).
    const auto format = request->csv    ? LookupPrinter::Format::Csv
                        : request->json ? LookupPrinter::Format::Json
                                        : LookupPrinter::Format::Text;
    LookupPrinter printer(format, inputs->size(), QLocale(), request->account,
                          QDateTime::currentDateTimeUtc(), isatty(STDOUT_FILENO));
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return ExitBadUsage;
    out.write(printer.begin());
    lookUpInOrder(
        service, *inputs, request->account,
        [&out, &printer](const LookupOutcome &outcome) { out.write(printer.next(outcome)); });
    out.write(printer.end());
    out.flush();
    return printer.exitCode();
}

} // namespace Paydesk
