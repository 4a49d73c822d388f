#pragma once

#include "domain/Account.h"
#include "storage/AppPaths.h"

#include <QList>
#include <QString>

#include <optional>

namespace Paydesk {

// The accounts' non-secret data (name, provider, mode, base URL) in the settings file, in the
// order they were added. Secret keys never come here: they live in the keychain.
//
// Every call reads or writes the file, so two stores on the same file (the window and a
// command running beside it) see each other's changes.
class AccountStore {
public:
    explicit AccountStore(const QString &settingsFile = settingsFilePath());

    QString settingsFile() const { return m_settingsFile; }

    QList<Account> accounts() const;
    std::optional<Account> account(const QString &name) const;

    // Adds an account at the end. An empty base URL becomes the provider's default.
    // Returns the reason for refusing it (bad or duplicate name, unsafe URL), or nullopt.
    std::optional<QString> add(const Account &account);

    // Replaces the account called oldName, keeping its place; it may be renamed.
    std::optional<QString> update(const QString &oldName, const Account &account);

    // False when there was no such account.
    bool remove(const QString &name);

private:
    std::optional<QString> validate(Account &account, const QString &replacing) const;
    std::optional<QString> save(const QList<Account> &accounts) const;

    QString m_settingsFile;
};

} // namespace Paydesk
