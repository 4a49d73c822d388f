#include "app/WindowModuleLoader.h"

#include "app/ModuleLoader.h"
#include "app/WindowModule.h"

#include <cstdio>

namespace Paydesk {

int runWindowModule(int &argc, char **argv) {
    const LoadedModule module = loadModule(PAYDESK_WINDOW_MODULE, PAYDESK_WINDOW_ENTRY);
    if (!module.entry) {
        std::fprintf(stderr,
                     "Paydesk cannot open its window: %s %s\nReinstall Paydesk. The commands "
                     "(paydesk lookup, paydesk account) work without the window.\n",
                     module.path.c_str(), module.problem.c_str());
        return 2;
    }
    return reinterpret_cast<WindowEntry>(module.entry)(&argc, argv);
}

} // namespace Paydesk
