#pragma once

#include "domain/Result.h"

#include <QString>

namespace Paydesk {

// True when the argument is a paydesk: link rather than an id (the scheme, any case).
bool isPaydeskLink(const QString &argument);

// What a `paydesk://checkout/ID` or `paydesk://checkout/<percent-encoded checkout URL>` link
// asks to look up: the id, or the provider's checkout URL, exactly as the operator could have
// pasted it. Anything else (another host or path, a query, a fragment, a port, a user, several
// segments, control characters, something that is not a checkout id) is an
// ErrorKind::InvalidId whose message says why; no lookup may follow from it.
Result<QString> checkoutFromLink(const QString &link);

} // namespace Paydesk
