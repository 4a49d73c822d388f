#include "gui/lookups/LookupEntry.h"

namespace Paydesk {

QString LookupEntry::displayId() const {
    if (checkout && !checkout->id.isEmpty())
        return checkout->id;
    return id.isEmpty() ? input.trimmed() : id;
}

} // namespace Paydesk
