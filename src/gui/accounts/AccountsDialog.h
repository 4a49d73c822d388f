#pragma once

#include "domain/Account.h"
#include "domain/KeyProvider.h"

#include <QDialog>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Ui {
class AccountsDialog;
}

namespace Paydesk {

class AccountStore;
class KeychainStore;

// Lists, adds, edits and removes accounts. Non-secret data goes to the AccountStore, the
// secret key to the keychain only; a saved key is shown by its last 4 characters, never whole.
// "Check key" looks up a checkout id that cannot exist with the typed (or saved) key.
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    // The store, keychain and network access manager must outlive the dialog.
    AccountsDialog(AccountStore *accounts, KeychainStore *keys, QNetworkAccessManager *nam,
                   QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // The account being edited; empty for a new one.
    QString currentName() const { return m_editing; }

Q_SIGNALS:
    // An account was added, changed or removed.
    void accountsChanged();
    // A save, removal or key check finished; `message` is what the dialog shows.
    void operationFinished(bool ok, const QString &message);

private:
    void reload(const QString &select);
    void showAccount(const QString &name);
    void startNewAccount();
    void save();
    void removeCurrent();
    void checkKey();
    void setDefaultBaseUrl();

    Account formAccount() const;
    void showSavedKey(const QString &name);
    void setBusy(bool busy);
    void finish(bool ok, const QString &message);
    void storeAccount(const Account &account, const QString &key);
    void withSavedKey(const QString &name, std::function<void(const QString &)> use);

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    AccountStore *m_accounts;
    KeychainStore *m_keys;
    QNetworkAccessManager *m_nam;
    QString m_editing;
    QString m_keyWarning; // about the key being saved, shown with the result
};

} // namespace Paydesk
