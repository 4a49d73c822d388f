#include "gui/lookups/LookupEntry.h"

#include <QCoreApplication>

namespace Paydesk {

QString LookupEntry::displayId() const {
    if (checkout && !checkout->id.isEmpty())
        return checkout->id;
    return id.isEmpty() ? input.trimmed() : id;
}

QString LookupEntry::historyKey() const {
    if (checkout)
        return Paydesk::historyKey(checkout->provider, checkout->id, input);
    return Paydesk::historyKey(provider, id, input);
}

HistoryEntry LookupEntry::toHistoryEntry() const {
    HistoryEntry entry;
    entry.input = input;
    entry.id = checkout ? checkout->id : id;
    entry.provider = checkout ? std::optional<ProviderKey>(checkout->provider) : provider;
    entry.account = account;
    entry.lookedUpAt = lookedUpAt;
    entry.checkout = checkout;
    if (state == State::Failed)
        entry.error = error;
    entry.previous = previous;
    entry.trim = trim;
    return entry;
}

LookupEntry LookupEntry::fromHistoryEntry(const HistoryEntry &history, quint64 key) {
    LookupEntry entry;
    entry.key = key;
    entry.input = history.input;
    entry.id = history.id;
    entry.provider = history.provider;
    entry.account = history.account;
    entry.lookedUpAt = history.lookedUpAt;
    entry.checkout = history.checkout;
    entry.previous = history.previous;
    entry.trim = history.trim;
    if (history.error) {
        entry.state = State::Failed;
        entry.error = *history.error;
    } else if (history.checkout) {
        entry.state = State::Found;
    } else {
        // Found, but the answer was too large to keep: say so rather than show nothing.
        entry.state = State::Failed;
        entry.error.kind = ErrorKind::BadResponse;
        entry.error.message = QCoreApplication::translate(
            "Paydesk::LookupEntry",
            "This checkout was too large to keep in the history. Look it up again to see it.");
    }
    return entry;
}

} // namespace Paydesk
