// Times a program from its start to its first window on screen, under an X server (Xvfb):
// the moment the window is mapped, and the moment its first frame lands in it (the first
// DAMAGE event on the window, when the toolkit has put its pixels there). Prints both, in
// milliseconds from the fork, then stops the program.
//   bench_window_visible PROGRAM [ARGS...]     prints "MAPPED_MS DRAWN_MS"
#include <xcb/damage.h>
#include <xcb/xcb.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Free {
    void operator()(void *pointer) const { std::free(pointer); }
};
template <typename T>
using Reply = std::unique_ptr<T, Free>;

} // namespace

int main(int argc, char *argv[]) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PROGRAM [ARGS...]\n", argv[0]);
        return 2;
    }
    xcb_connection_t *connection = xcb_connect(nullptr, nullptr);
    if (xcb_connection_has_error(connection)) {
        std::fprintf(stderr, "no X server (set DISPLAY)\n");
        return 2;
    }
    const xcb_query_extension_reply_t *damage = xcb_get_extension_data(connection, &xcb_damage_id);
    if (!damage || !damage->present) {
        std::fprintf(stderr, "the X server has no DAMAGE extension\n");
        return 2;
    }
    Reply<xcb_damage_query_version_reply_t>(xcb_damage_query_version_reply(
        connection, xcb_damage_query_version(connection, 1, 1), nullptr));
    xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(connection, screen->root, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(connection);

    const Clock::time_point start = Clock::now();
    const pid_t child = fork();
    if (child == 0) {
        execvp(argv[1], argv + 1);
        std::perror("exec");
        _exit(127);
    }

    double mapped = -1;
    double drawn = -1;
    xcb_window_t window = XCB_NONE;
    const int fd = xcb_get_file_descriptor(connection);
    while (drawn < 0 && millisecondsSince(start) < 30000) {
        pollfd wait{fd, POLLIN, 0};
        poll(&wait, 1, 100);
        int status = 0;
        if (waitpid(child, &status, WNOHANG) == child) {
            std::fprintf(stderr, "the program ended before showing a window\n");
            return 1;
        }
        while (xcb_generic_event_t *event = xcb_poll_for_event(connection)) {
            const uint8_t type = event->response_type & 0x7f;
            if (type == XCB_MAP_NOTIFY && window == XCB_NONE) {
                mapped = millisecondsSince(start);
                window = reinterpret_cast<xcb_map_notify_event_t *>(event)->window;
                const xcb_damage_damage_t id = xcb_generate_id(connection);
                xcb_damage_create(connection, id, window, XCB_DAMAGE_REPORT_LEVEL_NON_EMPTY);
                xcb_flush(connection);
            } else if (type == damage->first_event + XCB_DAMAGE_NOTIFY && drawn < 0) {
                drawn = millisecondsSince(start);
            }
            std::free(event);
        }
    }
    kill(child, SIGTERM);
    waitpid(child, nullptr, 0);
    xcb_disconnect(connection);
    if (drawn < 0) {
        std::fprintf(stderr, "no frame within 30 s\n");
        return 1;
    }
    std::printf("%.1f %.1f\n", mapped, drawn);
    return 0;
}
