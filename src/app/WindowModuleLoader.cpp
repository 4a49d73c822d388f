#include "app/WindowModuleLoader.h"

#include "app/WindowModule.h"

#include <cstdio>
#include <string>

#include <dlfcn.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Paydesk {

namespace {

// The folder of the running executable, from the kernel (not argv[0], not PATH).
std::string executableFolder() {
    char path[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0)
        return {};
    const std::string executable(path, std::size_t(length));
    return executable.substr(0, executable.rfind('/'));
}

int fail(const std::string &module, const std::string &why) {
    std::fprintf(stderr,
                 "Paydesk cannot open its window: %s %s\nReinstall Paydesk. The commands "
                 "(paydesk lookup, paydesk account) work without the window.\n",
                 module.c_str(), why.c_str());
    return 2;
}

} // namespace

int runWindowModule(int &argc, char **argv) {
    const std::string folder = executableFolder();
    if (folder.empty())
        return fail("paydesk_window", "(the executable's own folder is unknown).");
    const std::string module = folder + '/' + PAYDESK_WINDOW_MODULE;

    // Code that anyone but its owner (root, or this user for a build of their own) can
    // change is not loaded into a process that holds secret keys.
    struct stat status {};
    if (::stat(module.c_str(), &status) != 0)
        return fail(module, "is missing.");
    if (!S_ISREG(status.st_mode) || (status.st_mode & (S_IWGRP | S_IWOTH)) != 0
        || (status.st_uid != 0 && status.st_uid != ::getuid()))
        return fail(module, "is not a file that only its owner can change.");

    // RTLD_LOCAL: the module's own copies of Paydesk's code stay its own.
    void *handle = ::dlopen(module.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle)
        return fail(module, std::string("cannot be loaded: ") + ::dlerror());
    const auto entry = reinterpret_cast<WindowEntry>(::dlsym(handle, PAYDESK_WINDOW_ENTRY));
    if (!entry)
        return fail(module, "is not Paydesk's window module.");
    // The module stays loaded until the process exits: Qt's objects may outlive the entry.
    return entry(&argc, argv);
}

} // namespace Paydesk
