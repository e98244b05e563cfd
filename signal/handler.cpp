// signal/handler.cpp: the C-level signal handler. Async-signal-safe code
// only: no allocation, no locks, no C++ library calls beyond lock-free
// atomics; every line says why it is safe. Everything else happens later,
// in the main thread, in signal/pending.cpp.
#include "signal/handler.h"

#include <cerrno>
#include <unistd.h>

#include "signal/eval_breaker.h"

namespace minipy::sig {

// Static storage, zero-initialised before main: never constructed late.
std::atomic<bool> g_tripped[kNsig];
std::atomic<int> g_wakeup_fd{-1};

namespace {

extern "C" void c_signal_handler(int signum) {
    // errno is thread-local; reading it touches no shared state.
    const int saved_errno = errno;
    // The kernel only delivers valid numbers; the check is a plain compare.
    if (signum <= 0 || signum >= kNsig) return;
    // A lock-free atomic store (static_assert in handler.h): no lock to deadlock on.
    g_tripped[signum].store(true, std::memory_order_relaxed);
    // A lock-free fetch_or with release order: whoever sees the bit also sees the flag above.
    g_main_breaker.set(kSignalsPending);
    // A lock-free atomic load of a plain int.
    const int fd = g_wakeup_fd.load(std::memory_order_relaxed);
    // A compare on a local.
    if (fd >= 0) {
        // A local byte on the handler's own stack (signal numbers fit in 8 bits).
        const unsigned char byte = static_cast<unsigned char>(signum);
        // write(2) is on POSIX's async-signal-safe list; the fd is non-blocking
        // (set_wakeup_fd checks), so a full pipe fails with EAGAIN instead of
        // hanging, and that failure is dropped: the byte is only a wake-up.
        [[maybe_unused]] const ssize_t n = ::write(fd, &byte, 1);
    }
    // Restores errno so the interrupted code sees the value it had.
    errno = saved_errno;
}

}  // namespace

int install_c_handler(int signum) {
    struct sigaction action {};
    action.sa_handler = c_signal_handler;
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: blocking calls return EINTR and PEP 475 retries them
    // after the Python handlers ran (signal/blocking.h).
    action.sa_flags = 0;
    return ::sigaction(signum, &action, nullptr);
}

}  // namespace minipy::sig
