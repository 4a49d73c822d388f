#include "storage/AccountStore.h"

#include "providers/ProviderRegistry.h"

#include <QCoreApplication>
#include <QSettings>

namespace Paydesk {

namespace {

const QString arrayKey = QStringLiteral("accounts");
const QString nameKey = QStringLiteral("name");
const QString providerKeyName = QStringLiteral("provider");
const QString modeKeyName = QStringLiteral("mode");
const QString baseUrlKey = QStringLiteral("baseUrl");

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::AccountStore)
};

std::optional<Account> readAccount(const QSettings &settings) {
    const PaymentProvider *provider =
        ProviderRegistry::find(settings.value(providerKeyName).toString());
    const auto mode = modeFromKey(settings.value(modeKeyName).toString());
    Account account;
    account.name = settings.value(nameKey).toString();
    if (!provider || !mode || accountNameProblem(account.name))
        return std::nullopt;
    account.provider = provider->key();
    account.mode = *mode;
    account.baseUrl = QUrl(settings.value(baseUrlKey).toString(), QUrl::StrictMode);
    if (account.baseUrl.isEmpty())
        account.baseUrl = provider->defaultBaseUrl(account.mode);
    return account;
}

qsizetype indexOf(const QList<Account> &accounts, const QString &name) {
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (accounts.at(i).name == name)
            return i;
    }
    return -1;
}

} // namespace

AccountStore::AccountStore(const QString &settingsFile)
    : m_settingsFile(settingsFile) {}

QList<Account> AccountStore::accounts() const {
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    QList<Account> result;
    const int count = settings.beginReadArray(arrayKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        // An entry edited by hand into something unusable is skipped, not guessed at.
        if (auto account = readAccount(settings); account && indexOf(result, account->name) < 0)
            result.append(*account);
    }
    settings.endArray();
    return result;
}

std::optional<Account> AccountStore::account(const QString &name) const {
    const QList<Account> all = accounts();
    const qsizetype index = indexOf(all, name);
    if (index < 0)
        return std::nullopt;
    return all.at(index);
}

std::optional<QString> AccountStore::add(const Account &account) {
    Account checked = account;
    if (auto problem = validate(checked, QString()))
        return problem;
    QList<Account> all = accounts();
    all.append(checked);
    return save(all);
}

std::optional<QString> AccountStore::update(const QString &oldName, const Account &account) {
    QList<Account> all = accounts();
    const qsizetype index = indexOf(all, oldName);
    if (index < 0)
        return Text::tr("There is no account named \"%1\".").arg(oldName);
    Account checked = account;
    if (auto problem = validate(checked, oldName))
        return problem;
    all[index] = checked;
    return save(all);
}

bool AccountStore::remove(const QString &name) {
    QList<Account> all = accounts();
    const qsizetype index = indexOf(all, name);
    if (index < 0)
        return false;
    all.removeAt(index);
    return !save(all).has_value();
}

std::optional<QString> AccountStore::validate(Account &account, const QString &replacing) const {
    if (auto problem = accountNameProblem(account.name))
        return problem;
    const PaymentProvider *provider = ProviderRegistry::find(account.provider);
    if (!provider)
        return Text::tr("Unknown provider \"%1\".").arg(account.provider);
    if (account.baseUrl.isEmpty())
        account.baseUrl = provider->defaultBaseUrl(account.mode);
    if (auto problem = baseUrlProblem(account.baseUrl))
        return problem;
    if (account.name != replacing && indexOf(accounts(), account.name) >= 0)
        return Text::tr("An account named \"%1\" already exists.").arg(account.name);
    return std::nullopt;
}

std::optional<QString> AccountStore::save(const QList<Account> &accounts) const {
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.remove(arrayKey);
    settings.beginWriteArray(arrayKey, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        settings.setArrayIndex(i);
        settings.setValue(nameKey, account.name);
        settings.setValue(providerKeyName, account.provider);
        settings.setValue(modeKeyName, modeKey(account.mode));
        settings.setValue(baseUrlKey, account.baseUrl.toString());
    }
    settings.endArray();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Text::tr("Could not write the settings file %1.").arg(m_settingsFile);
    return std::nullopt;
}

} // namespace Paydesk
