#include "app/ProcessSafety.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace Paydesk {

void secureProcess() {
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    umask(S_IRWXG | S_IRWXO);
}

} // namespace Paydesk
