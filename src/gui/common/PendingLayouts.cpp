#include "gui/common/PendingLayouts.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLayout>
#include <QWidget>

namespace Paydesk {

namespace {
// Deeper than any widget tree of the window: a pass with nothing pending costs a look at the
// posted events.
constexpr int deepestLayout = 16;
} // namespace

namespace {

void activateBottomUp(QWidget *widget) {
    for (QObject *child : widget->children()) {
        auto *childWidget = qobject_cast<QWidget *>(child);
        if (childWidget && !childWidget->isWindow() && !childWidget->isHidden())
            activateBottomUp(childWidget);
    }
    if (QLayout *layout = widget->layout())
        layout->activate();
}

} // namespace

void settleLayoutsOf(QWidget *root) {
    // Children first: each parent is then laid out once, with its children's final sizes,
    // instead of once for every level of the tree whose request reaches it.
    activateBottomUp(root);
    settlePendingLayouts();
}

void settlePendingLayouts() {
    // Each call delivers only the requests posted before it (Qt's guard against live-lock),
    // so one call per level.
    for (int level = 0; level < deepestLayout; ++level)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

} // namespace Paydesk
