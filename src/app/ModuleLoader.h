#pragma once

#include <string>

namespace Paydesk {

// A module of Paydesk's own (the window, the demo), loaded from its fixed place beside the
// executable: `relativePath` is relative to the running executable's folder as the kernel
// reports it, so the build tree and an installation have the same layout. No search path
// (LD_LIBRARY_PATH, the working folder, RPATH) is consulted, so nobody can slip another one
// in, and a file that anyone but its owner (root, or this user for a build of their own) can
// change is refused: the process holds secret keys.
struct LoadedModule {
    void *entry = nullptr; // the entry symbol, or null when the module could not be had
    std::string path;      // the module's full path, for messages
    std::string problem;   // why not, e.g. "is missing."; empty when entry is set
};

// Loads the module (RTLD_LOCAL: its own copies of Paydesk's code stay its own) and finds
// `entryName` in it. Its calls into Qt are bound as they are first made (RTLD_LAZY): binding
// all of them (over a thousand) as it loaded was a quarter of loading the window module, and
// binding those the window makes before its first frame, as it makes them, costs less than
// half of that (docs/performance-notes.md). Data the module refers to (Qt's
// classes) is still bound as it loads, so a Qt that lacks one fails here; the module's call
// table was writable after loading either way (it is not linked with -z now). The module stays
// loaded until the process exits: Qt's objects made by its code may outlive any caller.
LoadedModule loadModule(const char *relativePath, const char *entryName);

} // namespace Paydesk
