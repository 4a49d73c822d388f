#pragma once

#include "domain/Checkout.h"
#include "domain/LookupError.h"
#include "domain/Provider.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Paydesk {

// What the history left out of a row to keep it within its size bound.
struct HistoryTrim {
    qint64 rawBytesOmitted = 0;   // the response body was this large and is not kept
    QStringList fieldsOmitted;    // "metadata", "description", "items"
    bool checkoutOmitted = false; // even without those the checkout was too large

    bool isEmpty() const {
        return rawBytesOmitted == 0 && fieldsOmitted.isEmpty() && !checkoutOmitted;
    }
};

// One remembered lookup, as the recent-lookups list showed it: what was asked (the input, the
// account asked, when), and the outcome: the last checkout found (kept when a later lookup of
// it failed) and, when the last lookup failed, its error.
struct HistoryEntry {
    QString input;                       // as typed or pasted
    QString id;                          // the recognised checkout id; empty when it was not one
    std::optional<ProviderKey> provider; // from the id's format or the answer
    QString account;                     // the account asked for; empty: automatic
    QDateTime lookedUpAt;                // UTC: when the answer arrived
    std::optional<Checkout> checkout;    // with rawJson only when read by HistoryStore::find()
    std::optional<LookupError> error;    // set when the last lookup failed
    std::optional<Checkout> previous;    // the checkout before the last lookup changed it, unseen
    HistoryTrim trim;

    // One row per checkout (provider and id), or per unrecognised input.
    QString key() const;
};

// The key of a row for this id (or, when `id` is empty, this input).
QString historyKey(const std::optional<ProviderKey> &provider, const QString &id,
                   const QString &input);

// The text the filter box matches, in lower case: ids, input, accounts, customer, amounts
// (raw and in the current locale), description, status and error words.
QString historySearchText(const HistoryEntry &entry);

} // namespace Paydesk
