#pragma once

#include "domain/Checkout.h"
#include "domain/LookupError.h"
#include "domain/Provider.h"
#include "storage/HistoryEntry.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Paydesk {

// One row of the recent lookups: a lookup in progress, a found checkout, or a failure.
struct LookupEntry {
    enum class State { Loading, Found, Failed };

    quint64 key = 0; // stable while the row exists; set by the model
    State state = State::Loading;
    QString input;   // as typed or pasted
    QString id;      // the recognised checkout id; empty when the input was not one
    QString account; // the account asked for (empty: automatic), else the one that found it
    std::optional<ProviderKey> provider; // known from the id's format or the answer
    std::optional<Checkout> checkout;    // the last checkout found (kept while looking up again)
    std::optional<Checkout> previous;    // before the last lookup changed it, until seen
    LookupError error;                   // when Failed
    QDateTime lookedUpAt;                // UTC: when the last answer arrived
    HistoryTrim trim;                    // what the history left out of this row

    // The id to show and copy: the checkout's, else the recognised one, else the input.
    QString displayId() const;
    // The history row this entry is kept in.
    QString historyKey() const;
    // The entry as the history keeps it; only Found and Failed entries are kept.
    HistoryEntry toHistoryEntry() const;
    static LookupEntry fromHistoryEntry(const HistoryEntry &history, quint64 key);
};

} // namespace Paydesk
