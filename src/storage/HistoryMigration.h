#pragma once

#include "storage/HistoryEntry.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Paydesk {

// A row of the first history format (a found checkout's body, provider, account and mode)
// as a history entry, re-read with the provider's parser; nullopt when it no longer parses.
std::optional<HistoryEntry> migratedEntry(const QString &provider, const QString &id,
                                          const QString &account, const QString &mode,
                                          const QByteArray &body, const QDateTime &lookedUpAt);

} // namespace Paydesk
