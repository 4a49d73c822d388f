#pragma once

#include "domain/Account.h"
#include "domain/KeyProvider.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Paydesk {

// What `--demo` uses of the demo (DemoEnvironment): accounts on its server, their keys and its
// checkout ids. The window and `paydesk lookup --demo` have it from the demo module
// (paydesk_demo.so, see app/DemoModule.h), which alone maps QtHttpServer and QtWebSockets;
// tests and benchmarks have it from the library itself.
class DemoBackend {
public:
    virtual ~DemoBackend() = default;
    // One test-mode account per provider the demo server plays.
    virtual QList<Account> accounts() const = 0;
    // The demo accounts' keys, from memory. Lives as long as this object.
    virtual KeyProvider *keys() = 0;
    // Every demo checkout id, in the order they are best shown.
    virtual QStringList checkoutIds() const = 0;
};

// Starts the demo and returns it with its server listening, or nullptr. `problem` then says
// why when the demo itself could not be had (a broken installation); it stays empty when only
// the server could not start.
using DemoStarter = std::function<std::unique_ptr<DemoBackend>(QString *problem)>;

} // namespace Paydesk
