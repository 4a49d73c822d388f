#pragma once

// The window is built as a module of its own (paydesk_window), which the paydesk executable
// loads only when it opens a window: a command such as `paydesk lookup` then never maps
// Widgets, Gui, fonts or X11, whose loading and relocation cost more than the lookup itself.

// The one symbol the module exports. Makes the QApplication from the process's own argc and
// argv (kept alive by the caller for the whole run), opens or hands over the window as
// runWindow() does, and returns the process's exit status.
#define PAYDESK_WINDOW_ENTRY "paydesk_window_main"
extern "C" int paydesk_window_main(int *argc, char **argv);

namespace Paydesk {
using WindowEntry = int (*)(int *argc, char **argv);
} // namespace Paydesk
