#include "gui/accounts/AccountsDialog.h"

#include "domain/SecretKeyRules.h"
#include "gui/accounts/KeyCheck.h"
#include "gui/common/StatusStyle.h"
#include "providers/ProviderRegistry.h"
#include "providers/SecretKeyPrefix.h"
#include "secrets/KeychainStore.h"
#include "storage/AccountStore.h"

#include "ui_AccountsDialog.h"

#include <QPushButton>

namespace Paydesk {

AccountsDialog::AccountsDialog(AccountStore *accounts, KeychainStore *keys,
                               QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_accounts(accounts)
    , m_keys(keys)
    , m_nam(nam) {
    m_ui->setupUi(this);
    m_ui->accountList->setAccessibleName(tr("Accounts"));
    for (const PaymentProvider *provider : ProviderRegistry::all())
        m_ui->providerCombo->addItem(provider->displayName(), provider->key());
    for (const Mode mode : {Mode::Test, Mode::Live})
        m_ui->modeCombo->addItem(modeText(mode), QVariant::fromValue(int(mode)));

    connect(m_ui->accountList, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty())
            showAccount(name);
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::startNewAccount);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountsDialog::removeCurrent);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AccountsDialog::save);
    connect(m_ui->checkKeyButton, &QPushButton::clicked, this, &AccountsDialog::checkKey);
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this,
            &AccountsDialog::setDefaultBaseUrl);
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this,
            &AccountsDialog::setDefaultBaseUrl);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reload(QString());
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::reload(const QString &select) {
    const QSignalBlocker blocker(m_ui->accountList);
    m_ui->accountList->clear();
    for (const Account &account : m_accounts->accounts())
        m_ui->accountList->addItem(account.name);
    const auto found = m_ui->accountList->findItems(select, Qt::MatchExactly);
    if (!select.isEmpty() && !found.isEmpty()) {
        m_ui->accountList->setCurrentItem(found.first());
        showAccount(select);
    } else if (m_ui->accountList->count() > 0) {
        m_ui->accountList->setCurrentRow(0);
        showAccount(m_ui->accountList->item(0)->text());
    } else {
        startNewAccount();
    }
}

void AccountsDialog::showAccount(const QString &name) {
    const std::optional<Account> account = m_accounts->account(name);
    if (!account)
        return;
    m_editing = name;
    m_ui->accountBox->setTitle(tr("Account %1").arg(name));
    m_ui->nameEdit->setText(account->name);
    m_ui->providerCombo->setCurrentIndex(m_ui->providerCombo->findData(account->provider));
    m_ui->modeCombo->setCurrentIndex(m_ui->modeCombo->findData(int(account->mode)));
    m_ui->baseUrlEdit->setText(account->baseUrl.toString());
    m_ui->keyEdit->clear();
    m_ui->keyEdit->setPlaceholderText(tr("Leave empty to keep the saved key"));
    m_ui->removeButton->setEnabled(true);
    m_ui->statusLabel->clear();
    showSavedKey(name);
}

void AccountsDialog::startNewAccount() {
    m_editing.clear();
    {
        const QSignalBlocker blocker(m_ui->accountList);
        m_ui->accountList->clearSelection();
        m_ui->accountList->setCurrentItem(nullptr);
    }
    m_ui->accountBox->setTitle(tr("New account"));
    m_ui->nameEdit->clear();
    m_ui->providerCombo->setCurrentIndex(0);
    m_ui->modeCombo->setCurrentIndex(0);
    setDefaultBaseUrl();
    m_ui->keyEdit->clear();
    m_ui->keyEdit->setPlaceholderText(tr("Paste the secret key"));
    m_ui->savedKeyLabel->setText(tr("The key is kept in the system keychain only."));
    m_ui->removeButton->setEnabled(false);
    m_ui->statusLabel->clear();
    m_ui->nameEdit->setFocus();
}

void AccountsDialog::setDefaultBaseUrl() {
    // Follow provider and mode, unless the field holds a custom URL.
    const QUrl current(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    bool isDefault = current.isEmpty();
    for (const PaymentProvider *provider : ProviderRegistry::all()) {
        for (const Mode mode : {Mode::Test, Mode::Live})
            isDefault = isDefault || current == provider->defaultBaseUrl(mode);
    }
    const PaymentProvider *chosen = ProviderRegistry::find(formAccount().provider);
    if (isDefault && chosen)
        m_ui->baseUrlEdit->setText(chosen->defaultBaseUrl(formAccount().mode).toString());
}

Account AccountsDialog::formAccount() const {
    Account account;
    account.name = m_ui->nameEdit->text().trimmed();
    account.provider = m_ui->providerCombo->currentData().toString();
    account.mode = Mode(m_ui->modeCombo->currentData().toInt());
    account.baseUrl = QUrl(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    return account;
}

void AccountsDialog::showSavedKey(const QString &name) {
    m_ui->savedKeyLabel->setText(tr("Reading the saved key…"));
    m_keys->readKey(name, this, [this, name](const KeyResult &result) {
        if (m_editing != name)
            return;
        if (result.ok())
            m_ui->savedKeyLabel->setText(tr("Saved key ends in …%1").arg(result.key.right(4)));
        else
            m_ui->savedKeyLabel->setText(result.message);
    });
}

void AccountsDialog::setBusy(bool busy) {
    m_ui->accountBox->setEnabled(!busy);
    m_ui->accountList->setEnabled(!busy);
    m_ui->addButton->setEnabled(!busy);
    m_ui->removeButton->setEnabled(!busy && !m_editing.isEmpty());
}

void AccountsDialog::finish(bool ok, const QString &message) {
    setBusy(false);
    m_ui->statusLabel->setText(message);
    Q_EMIT operationFinished(ok, message);
}

void AccountsDialog::withSavedKey(const QString &name, std::function<void(const QString &)> use) {
    m_keys->readKey(name, this, [this, use = std::move(use)](const KeyResult &result) {
        if (result.ok())
            use(result.key);
        else
            finish(false, result.message);
    });
}

void AccountsDialog::save() {
    const Account account = formAccount();
    if (auto problem = accountNameProblem(account.name))
        return finish(false, *problem);
    if (auto problem = baseUrlProblem(account.baseUrl))
        return finish(false, *problem);
    if (account.name != m_editing && m_accounts->account(account.name))
        return finish(false, tr("An account named \"%1\" already exists.").arg(account.name));
    const QString typedKey = m_ui->keyEdit->text();
    if (m_editing.isEmpty() && typedKey.isEmpty())
        return finish(false, tr("Enter the account's secret key."));
    if (!typedKey.isEmpty()) {
        if (auto problem = secretKeyProblem(typedKey))
            return finish(false, *problem);
        m_keyWarning =
            secretKeyPrefixWarning(typedKey, account.provider, account.mode).value_or(QString());
    } else {
        m_keyWarning.clear();
    }

    setBusy(true);
    if (!typedKey.isEmpty() || m_editing.isEmpty() || account.name == m_editing) {
        storeAccount(account, typedKey);
        return;
    }
    // Renamed without a new key: the saved key moves to the new name.
    withSavedKey(m_editing, [this, account](const QString &key) { storeAccount(account, key); });
}

void AccountsDialog::storeAccount(const Account &account, const QString &key) {
    const QString oldName = m_editing;
    const auto commit = [this, account, oldName] {
        const std::optional<QString> problem =
            oldName.isEmpty() ? m_accounts->add(account) : m_accounts->update(oldName, account);
        if (problem)
            return finish(false, *problem);
        const auto done = [this, account] {
            reload(account.name);
            Q_EMIT accountsChanged();
            const QString saved = tr("Saved account %1.").arg(account.name);
            finish(true, m_keyWarning.isEmpty() ? saved : saved + u' ' + m_keyWarning);
        };
        if (!oldName.isEmpty() && oldName != account.name)
            m_keys->deleteKey(oldName, this, [done](const KeyResult &) { done(); });
        else
            done();
    };
    if (key.isEmpty()) {
        commit();
        return;
    }
    m_keys->writeKey(account.name, key, this, [this, commit](const KeyResult &result) {
        if (!result.ok())
            return finish(false, result.message);
        commit();
    });
}

void AccountsDialog::removeCurrent() {
    const QString name = m_editing;
    if (name.isEmpty())
        return;
    setBusy(true);
    m_keys->deleteKey(name, this, [this, name](const KeyResult &result) {
        if (!result.ok() && result.error != KeyErrorKind::Missing)
            return finish(false, result.message);
        m_accounts->remove(name);
        reload(QString());
        Q_EMIT accountsChanged();
        finish(true, tr("Removed account %1 and its secret key.").arg(name));
    });
}

void AccountsDialog::checkKey() {
    Account account = formAccount();
    if (auto problem = baseUrlProblem(account.baseUrl))
        return finish(false, *problem);
    if (account.name.isEmpty())
        account.name = QStringLiteral("check");
    const auto run = [this, account](const QString &key) {
        m_ui->statusLabel->setText(
            tr("Checking the key with %1…").arg(ProviderRegistry::displayName(account.provider)));
        KeyCheck *check = KeyCheck::start(m_nam, account, key, this);
        connect(check, &KeyCheck::finished, this,
                [this](KeyCheck::Verdict verdict, const QString &message) {
                    finish(verdict == KeyCheck::Verdict::Accepted, message);
                });
    };
    setBusy(true);
    if (!m_ui->keyEdit->text().isEmpty()) {
        if (auto problem = secretKeyProblem(m_ui->keyEdit->text()))
            return finish(false, *problem);
        run(m_ui->keyEdit->text());
    } else if (!m_editing.isEmpty())
        withSavedKey(m_editing, run);
    else
        finish(false, tr("Enter the account's secret key."));
}

} // namespace Paydesk
