#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace Paydesk {

enum class KeyErrorKind {
    None,
    NoService, // no D-Bus session or no secret service backend reachable
    Locked,    // the keychain is locked, or access was denied
    NoKeyring, // a Secret Service, but no default keyring (collection) to keep keys in
    Missing,   // the keychain works but holds no key for this account
    TimedOut,  // the backend did not answer in time
    Other,
};

struct KeyResult {
    KeyErrorKind error = KeyErrorKind::None;
    QString key;     // the secret; only when error is None. Never log or print it.
    QString message; // for people, with a remedy; never contains the key
    bool ok() const { return error == KeyErrorKind::None; }
};

// Where the network layer gets an account's secret key. The keychain store implements it; so
// does the demo's in-memory set. `done` is called exactly once, later, on the caller's thread,
// and not at all once `context` is destroyed.
class KeyProvider {
public:
    virtual ~KeyProvider() = default;
    virtual void readKey(const QString &accountName, QObject *context,
                         std::function<void(const KeyResult &)> done) = 0;
};

} // namespace Paydesk
