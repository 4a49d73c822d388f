#pragma once

class QWidget;

namespace Paydesk {

// Lays out now every widget whose layout is pending. Qt lays a widget tree out one level per
// pass of the event loop (a layout that changes its size asks its parent's for the next pass),
// and a window's paint comes at the end of a pass: after new texts in nested sections it would
// paint once per level, each frame but the last in a layout about to change. Call it after
// changing what many widgets show, before the event loop paints.
void settlePendingLayouts();
// The same, laying out `root`'s widgets from the innermost out first.
void settleLayoutsOf(QWidget *root);

} // namespace Paydesk
