#pragma once

#include <QObject>

#include <functional>

namespace Paydesk {

// What the Secret Service (org.freedesktop.secrets) on the session bus says about itself.
enum class KeyringState {
    NoBus,     // no D-Bus session bus reachable
    NoService, // a bus, but no Secret Service on it
    Locked,    // the default collection exists and is locked
    Unlocked,  // the default collection exists and is unlocked
    NoDefault, // a Secret Service without a default collection (a fresh session: no login
               // keyring yet, and no prompt could create one)
    Unknown,   // a Secret Service, but no answer about its default collection
};

// Asks the session bus, asynchronously, in which state the keyring is. Used to tell "no such
// entry" in an unlocked keyring from an answer given by a locked one, and to explain failures.
// `done` is called exactly once, later, unless `context` is destroyed first.
void probeKeyring(QObject *context, std::function<void(KeyringState)> done);

} // namespace Paydesk
