#include "storage/HistoryMigration.h"

#include "domain/ChargilyParser.h"
#include "domain/OrqexParser.h"

namespace Paydesk {

namespace {

Result<Checkout> reparse(Provider provider, const QByteArray &body, const QDateTime &at) {
    switch (provider) {
    case Provider::Orqex:
        return parseOrqexCheckout(body, at);
    case Provider::Chargily:
        return parseChargilyCheckout(body);
    }
    LookupError error;
    error.kind = ErrorKind::BadResponse;
    return error;
}

} // namespace

std::optional<HistoryEntry> migratedEntry(const QString &providerText, const QString &id,
                                          const QString &account, const QString &mode,
                                          const QByteArray &body, const QDateTime &lookedUpAt) {
    const std::optional<Provider> provider = providerFromKey(providerText);
    if (!provider || !lookedUpAt.isValid())
        return std::nullopt;
    // The time it was fetched, not today: an Orqex expiry is judged as it was then.
    Result<Checkout> parsed = reparse(*provider, body, lookedUpAt);
    if (!parsed)
        return std::nullopt;
    HistoryEntry entry;
    entry.checkout = std::move(parsed).value();
    entry.checkout->account = account;
    if (!entry.checkout->mode)
        entry.checkout->mode = modeFromKey(mode);
    entry.input = id;
    entry.id = entry.checkout->id;
    entry.provider = provider;
    entry.lookedUpAt = lookedUpAt;
    return entry;
}

} // namespace Paydesk
