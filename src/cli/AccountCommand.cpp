#include "cli/AccountCommand.h"

#include "cli/ExitCode.h"
#include "cli/SecretInput.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeychainStore.h"
#include "storage/AccountStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <functional>

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::AccountCommand)
};

// The registered providers' keys as the command line takes them: "a|b|c".
QString providerChoices() {
    return ProviderRegistry::keys().join(u'|');
}

QString usage() {
    return Text::tr("Usage:\n"
                    "  paydesk account add NAME --provider %1 --mode test|live "
                    "[--base-url URL]\n"
                    "      (the secret key is read from standard input)\n"
                    "  paydesk account list [--json]\n"
                    "  paydesk account remove NAME\n")
        .arg(providerChoices());
}

// Runs one keychain operation and waits for its single answer.
KeyResult await(const std::function<void(QObject *, KeychainStore::Done)> &operation) {
    QEventLoop loop;
    std::optional<KeyResult> answer;
    operation(&loop, [&answer, &loop](const KeyResult &result) {
        answer = result;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

QString kindWord(KeyErrorKind kind) {
    switch (kind) {
    case KeyErrorKind::None:
        return QStringLiteral("none");
    case KeyErrorKind::NoService:
        return QStringLiteral("no_service");
    case KeyErrorKind::Locked:
        return QStringLiteral("locked");
    case KeyErrorKind::Missing:
        return QStringLiteral("missing");
    case KeyErrorKind::TimedOut:
        return QStringLiteral("timeout");
    case KeyErrorKind::Other:
        break;
    }
    return QStringLiteral("other");
}

// The last 4 characters, and only when the key is long enough for that to reveal little.
QString lastFour(const QString &key) {
    return key.size() >= 8 ? key.right(4) : QString();
}

struct Command {
    QTextStream out{stdout};
    QTextStream err{stderr};
    KeychainStore keychain;
    AccountStore accounts;

    int refuse(const QString &reason) {
        err << reason << '\n';
        return ExitBadUsage;
    }

    int add(const QStringList &arguments);
    int list(const QStringList &arguments);
    int remove(const QStringList &arguments);
};

int Command::add(const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption providerOption(QStringLiteral("provider"),
                                            Text::tr("One of %1.").arg(providerChoices()),
                                            Text::tr("PROVIDER"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), Text::tr("test or live."),
                                        Text::tr("MODE"));
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
                                           Text::tr("A custom API root."), Text::tr("URL"));
    parser.addOptions({providerOption, modeOption, baseUrlOption});
    if (!parser.parse(QStringList{QStringLiteral("paydesk account add")} + arguments))
        return refuse(parser.errorText());
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return refuse(Text::tr("Give exactly one account name: paydesk account add NAME --provider "
                               "%1 --mode test|live [--base-url URL]")
                          .arg(providerChoices()));
    if (!parser.isSet(providerOption))
        return refuse(Text::tr("Give the provider: --provider %1.").arg(providerChoices()));
    if (!parser.isSet(modeOption))
        return refuse(Text::tr("Give the mode: --mode test or --mode live."));
    const PaymentProvider *provider = ProviderRegistry::find(parser.value(providerOption));
    if (!provider)
        return refuse(Text::tr("Unknown provider \"%1\": use one of %2.")
                          .arg(parser.value(providerOption), providerChoices()));
    const auto mode = modeFromKey(parser.value(modeOption));
    if (!mode)
        return refuse(
            Text::tr("Unknown mode \"%1\": use test or live.").arg(parser.value(modeOption)));

    Account account;
    account.name = names.first();
    account.provider = provider->key();
    account.mode = *mode;
    if (parser.isSet(baseUrlOption)) {
        account.baseUrl = QUrl(parser.value(baseUrlOption), QUrl::StrictMode);
        if (auto problem = baseUrlProblem(account.baseUrl))
            return refuse(*problem);
    } else {
        account.baseUrl = provider->defaultBaseUrl(account.mode);
    }
    if (auto problem = accountNameProblem(account.name))
        return refuse(*problem);
    if (accounts.account(account.name))
        return refuse(Text::tr("An account named \"%1\" already exists; remove it first with "
                               "\"paydesk account remove %1\".")
                          .arg(account.name));

    QString error;
    const std::optional<QString> key = readSecretFromStandardInput(
        Text::tr("Secret key for %1 (not shown): ").arg(account.name), &error);
    if (!key)
        return refuse(error);

    const KeyResult written = await([&](QObject *context, KeychainStore::Done done) {
        keychain.writeKey(account.name, *key, context, std::move(done));
    });
    if (!written.ok())
        return refuse(Text::tr("The account was not added: %1").arg(written.message));
    if (auto problem = accounts.add(account)) {
        // Do not leave a key behind for an account that does not exist.
        await([&](QObject *context, KeychainStore::Done done) {
            keychain.deleteKey(account.name, context, std::move(done));
        });
        return refuse(*problem);
    }
    out << Text::tr("Added account %1 (%2, %3, %4).")
               .arg(account.name, provider->displayName(), modeKey(account.mode),
                    account.baseUrl.toString())
        << '\n';
    return ExitAllFound;
}

int Command::list(const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Text::tr("Print JSON for scripts."));
    parser.addOption(jsonOption);
    if (!parser.parse(QStringList{QStringLiteral("paydesk account list")} + arguments))
        return refuse(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return refuse(Text::tr("Usage: paydesk account list [--json]"));
    const bool json = parser.isSet(jsonOption);

    const QList<Account> all = accounts.accounts();
    QList<KeyResult> keys;
    bool keychainFailed = false;
    for (const Account &account : all) {
        keys.append(await([&](QObject *context, KeychainStore::Done done) {
            keychain.readKey(account.name, context, std::move(done));
        }));
        keychainFailed = keychainFailed || !keys.last().ok();
    }

    if (json) {
        QJsonArray array;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Account &account = all.at(i);
            const KeyResult &key = keys.at(i);
            QJsonObject object{{QStringLiteral("name"), account.name},
                               {QStringLiteral("provider"), account.provider},
                               {QStringLiteral("mode"), modeKey(account.mode)},
                               {QStringLiteral("base_url"), account.baseUrl.toString()}};
            object.insert(QStringLiteral("key_last4"),
                          key.ok() ? QJsonValue(lastFour(key.key)) : QJsonValue());
            object.insert(QStringLiteral("key_error"),
                          key.ok() ? QJsonValue()
                                   : QJsonObject{{QStringLiteral("kind"), kindWord(key.error)},
                                                 {QStringLiteral("message"), key.message}});
            array.append(object);
        }
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("accounts"), array}})
                                     .toJson(QJsonDocument::Indented));
    } else if (all.isEmpty()) {
        out << Text::tr("No accounts. Add one with: paydesk account add NAME --provider "
                        "%1 --mode test|live")
                   .arg(providerChoices())
            << '\n';
    } else {
        QList<QStringList> rows{{Text::tr("NAME"), Text::tr("PROVIDER"), Text::tr("MODE"),
                                 Text::tr("BASE URL"), Text::tr("KEY")}};
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Account &account = all.at(i);
            const KeyResult &key = keys.at(i);
            const QString keyText = key.ok()
                                        ? QStringLiteral("...") + lastFour(key.key)
                                        : Text::tr("(unavailable: %1)").arg(kindWord(key.error));
            rows.append({account.name, account.provider, modeKey(account.mode),
                         account.baseUrl.toString(), keyText});
        }
        QList<qsizetype> widths(rows.first().size(), 0);
        for (const QStringList &row : rows)
            for (qsizetype c = 0; c < row.size(); ++c)
                widths[c] = std::max(widths[c], row.at(c).size());
        for (const QStringList &row : rows) {
            QString line;
            for (qsizetype c = 0; c < row.size(); ++c)
                line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
            out << line << '\n';
        }
    }
    out.flush();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!keys.at(i).ok())
            err << Text::tr("Account %1: %2").arg(all.at(i).name, keys.at(i).message) << '\n';
    }
    return keychainFailed ? ExitBadUsage : ExitAllFound;
}

int Command::remove(const QStringList &arguments) {
    if (arguments.size() != 1 || arguments.first().startsWith(u'-'))
        return refuse(Text::tr("Usage: paydesk account remove NAME"));
    const QString &name = arguments.first();
    if (!accounts.account(name)) {
        err << Text::tr("There is no account named \"%1\".").arg(name) << '\n';
        return ExitSomeFailed;
    }
    const KeyResult deleted = await([&](QObject *context, KeychainStore::Done done) {
        keychain.deleteKey(name, context, std::move(done));
    });
    // Keep the account while its key may still be in the keychain, so it can be removed later.
    if (!deleted.ok() && deleted.error != KeyErrorKind::Missing)
        return refuse(Text::tr("The account was not removed: %1").arg(deleted.message));
    if (!accounts.remove(name))
        return refuse(
            Text::tr("Could not write the settings file %1.").arg(accounts.settingsFile()));
    out << Text::tr("Removed account %1 and its secret key.").arg(name) << '\n';
    return ExitAllFound;
}

} // namespace

int runAccountCommand(const QStringList &arguments) {
    Command command;
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("add"))
        return command.add(rest);
    if (action == QLatin1String("list"))
        return command.list(rest);
    if (action == QLatin1String("remove"))
        return command.remove(rest);
    command.err << usage();
    return ExitBadUsage;
}

} // namespace Paydesk
