#include "storage/HistoryMigration.h"

#include "providers/ProviderRegistry.h"

namespace Paydesk {

std::optional<HistoryEntry> migratedEntry(const QString &providerText, const QString &id,
                                          const QString &account, const QString &mode,
                                          const QByteArray &body, const QDateTime &lookedUpAt) {
    const PaymentProvider *provider = ProviderRegistry::find(providerText);
    if (!provider || !lookedUpAt.isValid())
        return std::nullopt;
    // The time it was fetched, not today: an expiry is judged as it was then.
    Result<Checkout> parsed = provider->parseCheckout(body, lookedUpAt);
    if (!parsed)
        return std::nullopt;
    HistoryEntry entry;
    entry.checkout = std::move(parsed).value();
    entry.checkout->account = account;
    if (!entry.checkout->mode)
        entry.checkout->mode = modeFromKey(mode);
    entry.input = id;
    entry.id = entry.checkout->id;
    entry.provider = provider->key();
    entry.lookedUpAt = lookedUpAt;
    return entry;
}

} // namespace Paydesk
