#include "gui/common/PendingLayouts.h"

#include <QCoreApplication>
#include <QEvent>

namespace Paydesk {

namespace {
// Deeper than any widget tree of the window: a pass with nothing pending costs a look at the
// posted events.
constexpr int deepestLayout = 16;
} // namespace

void settlePendingLayouts() {
    // Each call delivers only the requests posted before it (Qt's guard against live-lock),
    // so one call per level.
    for (int level = 0; level < deepestLayout; ++level)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

} // namespace Paydesk
