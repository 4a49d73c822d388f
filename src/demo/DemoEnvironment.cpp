#include "demo/DemoEnvironment.h"

#include "demo/DemoAccounts.h"
#include "demo/DemoData.h"
#include "demo/DemoLog.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Paydesk {

// The demo keys, from memory.
class DemoEnvironment::Keys : public KeyProvider {
public:
    explicit Keys(DemoEnvironment *environment)
        : m_environment(environment) {}

    void readKey(const QString &accountName, QObject *context,
                 std::function<void(const KeyResult &)> done) override {
        KeyResult result;
        const DemoServer *server = m_environment->server();
        QString key;
        for (const ProviderKey &provider : server->providers()) {
            if (m_environment->isStarted() && accountName == DemoEnvironment::accountName(provider))
                key = server->key(provider);
        }
        if (!key.isEmpty()) {
            result.key = key;
        } else {
            result.error = KeyErrorKind::Missing;
            result.message =
                QObject::tr("The demo has no key for the account \"%1\".").arg(accountName);
        }
        // Queued on the context: later, on its thread, and never once it is gone.
        QObject *receiver = context ? context : m_environment;
        QMetaObject::invokeMethod(
            receiver, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
    }

private:
    DemoEnvironment *m_environment;
};

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent)
    , m_server(new DemoServer(this))
    , m_keys(std::make_unique<Keys>(this)) {}

DemoEnvironment::~DemoEnvironment() = default;

bool DemoEnvironment::start() {
    if (m_started)
        return true;
    const DemoDataLoad load = loadDemoData(*m_server);
    if (!load.ok()) {
        qCWarning(lcDemo) << "The demo data could not be loaded:" << load.error;
        m_server->clearData();
        return false;
    }
    if (!m_server->start())
        return false;
    m_checkoutIds = load.checkoutIds;
    m_started = true;
    return true;
}

bool DemoEnvironment::isStarted() const {
    return m_started;
}

QList<Account> DemoEnvironment::accounts() const {
    if (!m_started)
        return {};
    QList<Account> accounts;
    for (const ProviderKey &provider : m_server->providers()) {
        Account account;
        account.name = accountName(provider);
        account.provider = provider;
        account.mode = Mode::Test;
        account.baseUrl = m_server->apiBaseUrl(provider);
        accounts.append(account);
    }
    return accounts;
}

KeyProvider *DemoEnvironment::keys() {
    return m_keys.get();
}

QStringList DemoEnvironment::checkoutIds() const {
    return m_started ? m_checkoutIds : QStringList();
}

DemoServer *DemoEnvironment::server() {
    return m_server;
}

QString DemoEnvironment::accountName(const ProviderKey &provider) {
    return demoAccountName(provider);
}

} // namespace Paydesk
