#pragma once

#include "domain/Provider.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace Paydesk {

// A checkout id recognised from what an operator typed or pasted.
struct CheckoutRef {
    ProviderKey provider; // the provider whose id format it has
    QString id;
};

// Accepts a bare id of any registered provider's format (the first provider whose format it
// has wins) or a pasted checkout URL holding one, surrounding white space ignored. Anything
// else (path characters, spaces, absurd lengths, other URLs) is an ErrorKind::InvalidId whose
// message says why, before any request could be built.
Result<CheckoutRef> recognizeCheckoutId(const QString &input);

// What tells apart the checkouts inputs ask for: the provider and id when the input holds one
// (an id, its URL and its upper-case form are the same checkout), else the trimmed text.
QString checkoutInputKey(const QString &input);

// Splits a pasted block (white space, commas or semicolons between entries) into entries.
QStringList splitCheckoutInputs(const QString &text);

} // namespace Paydesk
