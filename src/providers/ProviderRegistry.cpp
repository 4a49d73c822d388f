#include "providers/ProviderRegistry.h"

#include "providers/BuiltInProviders.h"

#include <QMutex>
#include <QMutexLocker>

#include <vector>

namespace Paydesk {

namespace {

// Providers are added, never removed, so the pointers handed out stay valid.
struct Registry {
    QMutex mutex;
    std::vector<std::unique_ptr<PaymentProvider>> providers;

    Registry() {
        for (std::unique_ptr<PaymentProvider> &provider : builtInProviders())
            providers.push_back(std::move(provider));
    }
};

Registry &registry() {
    static Registry instance;
    return instance;
}

} // namespace

QList<FollowUp> PaymentProvider::followUps(const Checkout & /*checkout*/) const {
    return {};
}

QString PaymentProvider::methodIcon(const QString & /*methodCode*/) const {
    return {};
}

bool ProviderRegistry::add(std::unique_ptr<PaymentProvider> provider) {
    if (!provider || find(provider->key()))
        return false;
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.providers.push_back(std::move(provider));
    return true;
}

const PaymentProvider *ProviderRegistry::find(const ProviderKey &key) {
    const QString folded = key.trimmed().toLower();
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    for (const std::unique_ptr<PaymentProvider> &provider : r.providers) {
        if (provider->key() == folded)
            return provider.get();
    }
    return nullptr;
}

QList<const PaymentProvider *> ProviderRegistry::all() {
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    QList<const PaymentProvider *> list;
    for (const std::unique_ptr<PaymentProvider> &provider : r.providers)
        list.append(provider.get());
    return list;
}

QStringList ProviderRegistry::keys() {
    QStringList list;
    for (const PaymentProvider *provider : all())
        list.append(provider->key());
    return list;
}

QString ProviderRegistry::displayName(const ProviderKey &key) {
    const PaymentProvider *provider = find(key);
    return provider ? provider->displayName() : key;
}

} // namespace Paydesk
