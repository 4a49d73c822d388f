#pragma once

#include "domain/Provider.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace Paydesk {

// A checkout id recognised from what an operator typed or pasted.
struct CheckoutRef {
    Provider provider = Provider::Orqex; // the provider whose id format it has
    QString id;
};

// Accepts a bare id (Chargily: 26 characters [0-9a-z], upper case folded; Orqex: "cs_" and
// letters, digits or underscores) or a pasted checkout URL of either provider, surrounding
// white space ignored. Anything else (path characters, spaces, absurd lengths, other URLs) is
// an ErrorKind::InvalidId whose message says why, before any request could be built.
Result<CheckoutRef> recognizeCheckoutId(const QString &input);

// Splits a pasted block (white space, commas or semicolons between entries) into entries.
QStringList splitCheckoutInputs(const QString &text);

} // namespace Paydesk
