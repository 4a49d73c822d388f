#pragma once

#include "network/LookupService.h"

#include <QByteArray>
#include <QDateTime>
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

// The same outputs written as the outcomes come, one at a time and in the order given, so a
// command need not keep every checkout (10,000 ids: 10,000 bodies) until the last arrives:
// begin(), then next() for each outcome, then end() give, put together, exactly the bytes of
// the functions above (UTF-8), and exitCode() then lookupExitCode() of them all.
class LookupPrinter {
public:
    enum class Format { Text, Json, Csv };

    // `count` is how many outcomes will come (JSON puts a comma after all but the last).
    // `locale` is for Text; `account`, `lookedUpAt` and `forTerminal` for Csv, as
    // lookupOutcomesCsv() takes them.
    LookupPrinter(Format format, qsizetype count, const QLocale &locale = QLocale(),
                  const QString &account = {}, const QDateTime &lookedUpAt = {},
                  bool forTerminal = false);

    QByteArray begin() const;
    QByteArray next(const LookupOutcome &outcome);
    QByteArray end() const;
    int exitCode() const { return m_exitCode; }

private:
    Format m_format;
    qsizetype m_count;
    qsizetype m_written = 0;
    QLocale m_locale;
    QString m_account;
    QDateTime m_lookedUpAt;
    bool m_forTerminal;
    int m_exitCode;
};

} // namespace Paydesk
