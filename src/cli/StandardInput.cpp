#include "cli/StandardInput.h"

#include <cerrno>
#include <string.h>

#include <unistd.h>

namespace Paydesk {

namespace {

// Reads byte by byte on a terminal line (so nothing after the newline is consumed) and in
// chunks otherwise; `put` stores one byte and returns false when the bound is reached.
template <typename Put>
InputStatus readBounded(InputEnd end, Put put) {
    char chunk[512];
    const size_t want = end == InputEnd::Line ? 1 : sizeof chunk;
    for (;;) {
        const ssize_t got = ::read(STDIN_FILENO, chunk, want);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return InputStatus::Unreadable;
        if (got == 0)
            return InputStatus::Ok;
        for (ssize_t i = 0; i < got; ++i) {
            if (!put(chunk[i])) {
                explicit_bzero(chunk, sizeof chunk);
                return InputStatus::TooLong;
            }
            if (end == InputEnd::Line && chunk[i] == '\n') {
                explicit_bzero(chunk, sizeof chunk);
                return InputStatus::Ok;
            }
        }
        explicit_bzero(chunk, sizeof chunk);
    }
}

} // namespace

InputStatus readStandardInput(SecretBytes &into, InputEnd end) {
    into.clear();
    const InputStatus status = readBounded(end, [&into](char c) { return into.append(c); });
    if (status != InputStatus::Ok)
        into.clear();
    return status;
}

InputStatus readStandardInput(QByteArray &into, qsizetype limit, InputEnd end) {
    into.clear();
    return readBounded(end, [&into, limit](char c) {
        if (into.size() >= limit)
            return false;
        into.append(c);
        return true;
    });
}

} // namespace Paydesk
