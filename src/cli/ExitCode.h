#pragma once

namespace Paydesk {

// interface.md's exit status.
enum ExitCode : int {
    ExitAllFound = 0,
    ExitSomeFailed = 1, // some ids not found or failed
    ExitBadUsage = 2,   // bad usage or setup: no account, keychain unavailable, invalid id
};

} // namespace Paydesk
