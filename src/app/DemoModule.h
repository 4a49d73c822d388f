#pragma once

// The demo (the demo server on QtHttpServer and QtWebSockets, its accounts and keys) is built
// as a module of its own (paydesk_demo), which the window and `paydesk lookup` load only when
// asked for `--demo`: a plain start of either then never maps those libraries.

namespace Paydesk {
class DemoBackend;
} // namespace Paydesk

// The one symbol the module exports. Starts the demo and returns it, owned by the caller (to
// delete through DemoBackend, before the application object goes), or null when its server
// could not start. Needs a QCoreApplication.
#define PAYDESK_DEMO_ENTRY "paydesk_demo_start"
extern "C" Paydesk::DemoBackend *paydesk_demo_start();

namespace Paydesk {
using DemoEntry = DemoBackend *(*)();
} // namespace Paydesk
