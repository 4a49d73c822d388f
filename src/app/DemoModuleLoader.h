#pragma once

#include "demo/DemoBackend.h"

namespace Paydesk {

// The demo from the paydesk_demo module beside the executable (PAYDESK_DEMO_MODULE, see
// DemoModule.h and ModuleLoader.h): the DemoStarter of the window and of `paydesk lookup`.
// A module that cannot be had is said in `problem`, in English as the window module's own
// failure is (it names a file to reinstall, not something the operator did).
std::unique_ptr<DemoBackend> startDemoModule(QString *problem);

} // namespace Paydesk
