#include "app/ModuleLoader.h"

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

LoadedModule failed(std::string path, std::string problem) {
    return {nullptr, std::move(path), std::move(problem)};
}

} // namespace

LoadedModule loadModule(const char *relativePath, const char *entryName) {
    const std::string folder = executableFolder();
    if (folder.empty())
        return failed(relativePath, "(the executable's own folder is unknown).");
    std::string module = folder + '/' + relativePath;

    struct stat status {};
    if (::stat(module.c_str(), &status) != 0)
        return failed(std::move(module), "is missing.");
    if (!S_ISREG(status.st_mode) || (status.st_mode & (S_IWGRP | S_IWOTH)) != 0
        || (status.st_uid != 0 && status.st_uid != ::getuid()))
        return failed(std::move(module), "is not a file that only its owner can change.");

    void *handle = ::dlopen(module.c_str(), RTLD_LAZY | RTLD_LOCAL);
    if (!handle)
        return failed(std::move(module), std::string("cannot be loaded: ") + ::dlerror());
    void *entry = ::dlsym(handle, entryName);
    if (!entry)
        return failed(std::move(module), "is not the Paydesk module it should be.");
    return {entry, std::move(module), {}};
}

} // namespace Paydesk
