#pragma once

#include "domain/Account.h"

#include <QList>
#include <QString>

namespace Paydesk {

// The demo's accounts as they are known before its server starts: one test-mode account per
// provider the demo server plays, "demo-<provider key>", in the server's order, without a
// base URL (the server's port is not known yet). Compiled in, so that the window can show
// them in its first frame while the demo module and its server start after it; the started
// demo (DemoBackend::accounts) gives the same accounts with their base URLs.
QList<Account> demoAccountsBeforeStart();

// "demo-<provider key>".
QString demoAccountName(const ProviderKey &provider);

} // namespace Paydesk
