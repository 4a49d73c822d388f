// The entry of the paydesk_demo module (see DemoModule.h).
#include "app/DemoModule.h"
#include "demo/DemoEnvironment.h"

#include <memory>

extern "C" __attribute__((visibility("default"))) Paydesk::DemoBackend *paydesk_demo_start() {
    auto demo = std::make_unique<Paydesk::DemoEnvironment>();
    if (!demo->start())
        return nullptr;
    return demo.release();
}
