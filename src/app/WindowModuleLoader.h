#pragma once

namespace Paydesk {

// Opens the window: loads the paydesk_window module from its fixed place beside this
// executable (PAYDESK_WINDOW_MODULE, relative to the executable's own folder as the kernel
// reports it: the build tree and an installation have the same layout) and runs its entry.
// No search path (LD_LIBRARY_PATH, the working folder, RPATH) is consulted for the module, so
// nobody can slip another one in. A missing or broken module is reported on standard error:
// status 2. `argc` and `argv` must outlive the call, as QApplication's do.
int runWindowModule(int &argc, char **argv);

} // namespace Paydesk
