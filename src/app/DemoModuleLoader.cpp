#include "app/DemoModuleLoader.h"

#include "app/DemoModule.h"
#include "app/ModuleLoader.h"

namespace Paydesk {

std::unique_ptr<DemoBackend> startDemoModule(QString *problem) {
    const LoadedModule module = loadModule(PAYDESK_DEMO_MODULE, PAYDESK_DEMO_ENTRY);
    if (!module.entry) {
        if (problem)
            *problem = QString::fromStdString("Paydesk cannot start its demo: " + module.path + ' '
                                              + module.problem + " Reinstall Paydesk.");
        return nullptr;
    }
    return std::unique_ptr<DemoBackend>(reinterpret_cast<DemoEntry>(module.entry)());
}

} // namespace Paydesk
