#pragma once

#include "network/LookupService.h"

#include <QJsonDocument>
#include <QList>
#include <QLocale>
#include <QString>

namespace Paydesk {

// interface.md's exit status for a finished `paydesk lookup`: 0 when every id was found,
// 2 when any failed for a reason of usage or setup (invalid id, no account, keychain), else 1.
int lookupExitCode(const QList<LookupOutcome> &outcomes);

// For people: one block per id, in the order given, aligned "label  value" lines, amounts
// in `locale`'s format with the currency's own decimals.
QString lookupOutcomesText(const QList<LookupOutcome> &outcomes, const QLocale &locale);

// For scripts: { "results": [ ... ] }, one element per id, in the order given.
QJsonDocument lookupOutcomesJson(const QList<LookupOutcome> &outcomes);

// For spreadsheets and scripts: the lookup CSV (storage/LookupCsv.h), a header and one row per
// id in the order given. `account` is the account asked for (empty: automatic), `lookedUpAt`
// the time written as each row's looked_up_at. For a terminal, every cell is first made
// terminalSafe() (a file or a pipe gets the values exactly).
QByteArray lookupOutcomesCsv(const QList<LookupOutcome> &outcomes, const QString &account,
                             const QDateTime &lookedUpAt, bool forTerminal);

} // namespace Paydesk
