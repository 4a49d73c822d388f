#pragma once

#include "domain/Account.h"

#include <QString>
#include <QUrl>

namespace Paydesk {

// providers.md's paths under the account's base URL; ids are percent-encoded path segments.
QUrl checkoutEndpoint(const Account &account, const QString &checkoutId);
QUrl chargilyCustomerEndpoint(const Account &account, const QString &customerId);
QUrl chargilyItemsEndpoint(const Account &account, const QString &checkoutId, int page);

} // namespace Paydesk
