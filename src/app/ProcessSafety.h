#pragma once

namespace Paydesk {

// Run first in main(), before any key can be in memory or any file is written:
// - no core dump (RLIMIT_CORE 0, soft and hard, and not dumpable, which also keeps other
//   processes of the same user from reading this one's memory through ptrace or /proc), as
//   password managers do: a crash must not leave a file holding a secret key;
// - files and folders private to the user (umask 077): settings, history, caches and locks
//   are created 0600 in 0700 folders, never loosened afterwards.
void secureProcess();

} // namespace Paydesk
