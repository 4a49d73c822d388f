#include "demo/DemoAccounts.h"

#include "providers/chargily/ChargilyProvider.h"
#include "providers/orqex/OrqexProvider.h"

using namespace Qt::StringLiterals;

namespace Paydesk {

QList<Account> demoAccountsBeforeStart() {
    // The providers of builtInDemos() (providers/BuiltInDemos.cpp), in its order; the demo's
    // tests hold the two lists together.
    const QList<ProviderKey> providers{OrqexProvider::providerKey(),
                                       ChargilyProvider::providerKey()};
    QList<Account> accounts;
    for (const ProviderKey &provider : providers) {
        Account account;
        account.name = demoAccountName(provider);
        account.provider = provider;
        account.mode = Mode::Test;
        accounts.append(account);
    }
    return accounts;
}

QString demoAccountName(const ProviderKey &provider) {
    return u"demo-"_s + provider;
}

} // namespace Paydesk
