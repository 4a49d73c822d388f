#include "cli/LookupCommand.h"

#include "cli/CommandParser.h"
#include "cli/ExitCode.h"
#include "cli/LookupOutput.h"
#include "demo/DemoEnvironment.h"
#include "domain/CheckoutJson.h"
#include "secrets/KeyCache.h"
#include "secrets/KeychainStore.h"
#include "storage/AccountStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

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
    std::unique_ptr<DemoEnvironment> demo;
    std::unique_ptr<KeychainStore> keychain;
    std::unique_ptr<KeyCache> keyCache;
};

std::optional<LookupSetup> openDemo(QString *error) {
    LookupSetup setup;
    setup.demo = std::make_unique<DemoEnvironment>();
    if (!setup.demo->start()) {
        *error = Text::tr("The demo server could not start.");
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

} // namespace

QString lookupSynopsis() {
    return QStringLiteral("paydesk lookup [--account NAME] [--json] [--demo] [--] ID...");
}

std::optional<LookupRequest> parseLookupArguments(const QStringList &arguments, QString *error) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           Text::tr("Ask only this account."), Text::tr("NAME"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Text::tr("Print JSON for scripts."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        Text::tr("Use the built-in demo server; no keys needed."));
    parser.addOptions({accountOption, jsonOption, demoOption});
    parser.addPositionalArgument(QStringLiteral("ID"), Text::tr("Checkout ids or checkout URLs."),
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
    request.demo = parser.isSet(demoOption);
    if (request.inputs.isEmpty()) {
        *error = Text::tr("Give at least one checkout id.");
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
    QList<std::optional<LookupOutcome>> slots(inputs.size());
    qsizetype pending = inputs.size();
    QEventLoop loop;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        LookupJob *job = service.lookup(inputs.at(i), account);
        QObject::connect(job, &LookupJob::finished, &loop,
                         [&slots, &pending, &loop, i](const LookupOutcome &outcome) {
                             slots[i] = outcome;
                             if (--pending == 0)
                                 loop.quit();
                         });
    }
    if (pending > 0)
        loop.exec();
    QList<LookupOutcome> outcomes;
    outcomes.reserve(slots.size());
    for (const auto &slot : slots)
        outcomes.append(*slot);
    return outcomes;
}

int runLookupCommand(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const std::optional<LookupRequest> request = parseLookupArguments(arguments, &error);
    if (!request) {
        printUsageError(error, lookupSynopsis());
        return ExitBadUsage;
    }
    if (!request->help.isEmpty()) {
        out << request->help;
        return ExitAllFound;
    }

    std::optional<LookupSetup> setup = request->demo ? openDemo(&error) : openConfigured();
    if (!setup) {
        err << error << '\n';
        return ExitBadUsage;
    }

    QNetworkAccessManager nam;
    LookupService service(&nam, setup->keys);
    service.setAccounts(setup->accounts);
    const QList<LookupOutcome> outcomes = lookUpAll(service, request->inputs, request->account);

    if (request->json)
        // In interface.md's key order, which QJsonDocument's own writer would sort away.
        out << QString::fromUtf8(toOrderedJson(lookupOutcomesJson(outcomes).object()));
    else
        out << lookupOutcomesText(outcomes, QLocale()); // the interface language's locale
    out.flush();
    return lookupExitCode(outcomes);
}

} // namespace Paydesk
