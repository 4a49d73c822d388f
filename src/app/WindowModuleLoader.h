#pragma once

namespace Paydesk {

// Opens the window: loads the paydesk_window module from its fixed place beside this
// executable (PAYDESK_WINDOW_MODULE, as ModuleLoader.h does) and runs its entry. A missing or
// broken module is reported on standard error: status 2. `argc` and `argv` must outlive the
// call, as QApplication's do.
int runWindowModule(int &argc, char **argv);

} // namespace Paydesk
