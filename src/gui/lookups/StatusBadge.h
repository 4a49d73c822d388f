#pragma once

#include "gui/common/StatusStyle.h"
#include "gui/lookups/LookupEntry.h"

namespace Paydesk {

// What the status column shows (checkout statuses styled as everywhere, by StatusStyle): a badge
// for a checkout status or for a lookup that is still running or failed.
struct StatusBadge {
    BadgeStyle style;
    int order = 0; // sorts rows by status: in progress first, then by checkout status
};

StatusBadge statusBadge(const LookupEntry &entry);

} // namespace Paydesk
