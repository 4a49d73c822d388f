#pragma once

#include <functional>

class QWidget;

namespace Paydesk {

// Runs `work` once `window`'s first frame is on screen: when the event loop comes back after
// the window's first expose, which paints that frame and hands it to the display. For what
// the first frame does not show and would only delay. Nothing runs if the window is destroyed
// first; `work` runs at most once.
void afterFirstFrame(QWidget *window, std::function<void()> work);

} // namespace Paydesk
