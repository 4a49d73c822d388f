#pragma once

#include "gui/lookups/LookupEntry.h"

#include <QColor>
#include <QString>

namespace Paydesk {

// What the status column shows (checkout statuses styled as everywhere, by StatusStyle): a badge
// word and its colour, for a checkout status or for a lookup that is still running or failed.
struct StatusBadge {
    QString text;
    QColor background;
    QColor foreground;
    int order = 0; // sorts rows by status: in progress first, then by checkout status
};

StatusBadge statusBadge(const LookupEntry &entry);
QString errorKindText(ErrorKind kind);

} // namespace Paydesk
