// signal/handler.cpp: the C-level signal handler. Async-signal-safe code
// only: no allocation, no locks, no C++ library calls beyond lock-free
// atomics and raw system calls; every line says why it is safe. Everything
// else happens later, in the main thread, in signal/pending.cpp.
#include "signal/handler.h"

#include <cerrno>
#include <ctime>
#include <sys/syscall.h>
#include <unistd.h>

#include "signal/eval_breaker.h"

namespace minipy::sig {

// Static storage, zero-initialised before main: never constructed late.
std::atomic<bool> g_tripped[kNsig];
std::atomic<int> g_wakeup_fd{-1};
std::atomic<std::int64_t> g_arrival_ns[kNsig];

namespace {

static_assert(std::atomic<pid_t>::is_always_lock_free, "thread ids are read from signal handlers");

// The main thread's kernel thread id (0 until record_main_thread).
std::atomic<pid_t> g_main_tid{0};
// forwarded[n]: a worker's handler passed signal n on to the main thread
// only to interrupt its blocking call; the flag is already tripped there.
std::atomic<bool> g_forwarded[kNsig];

extern "C" void c_signal_handler(int signum) {
    // errno is thread-local; reading it touches no shared state.
    const int saved_errno = errno;
    // The kernel only delivers valid numbers; the check is a plain compare.
    if (signum <= 0 || signum >= kNsig) return;
    // gettid is a raw system call without side effects; the load is lock-free.
    const bool on_main = ::gettid() == g_main_tid.load(std::memory_order_relaxed);
    // A lock-free exchange: a wake-up sent by wake_main_thread has done its
    // job by interrupting the main thread; tripping again would write a
    // second wakeup byte for one delivery.
    if (on_main && g_forwarded[signum].exchange(false, std::memory_order_acq_rel)) {
        errno = saved_errno;  // errno is thread-local
        return;
    }
    // Only lock-free atomics and write(2): see trip_signal.
    trip_signal(signum);
    // A compare on a local; wake_main_thread is a lock-free store and tgkill(2).
    if (!on_main) wake_main_thread(signum);
    // Restores errno so the interrupted code sees the value it had.
    errno = saved_errno;
}

}  // namespace

void trip_signal(int signum) {
    // clock_gettime is on POSIX's async-signal-safe list; `now` is a local.
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    // A local, computed from the local above.
    std::int64_t expected = 0;
    // A lock-free compare-exchange (static_assert in handler.h) that keeps
    // the first arrival of a coalesced burst: the latency that matters.
    g_arrival_ns[signum].compare_exchange_strong(expected, static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec,
                                                 std::memory_order_relaxed);
    // A lock-free atomic store (static_assert in handler.h): no lock to deadlock on.
    g_tripped[signum].store(true, std::memory_order_relaxed);
    // A lock-free fetch_or with release order: whoever sees the bit also sees the flag above.
    g_main_breaker.set(kSignalsPending);
    // A lock-free load of a pointer into a never-freed thread state (eval_breaker.h).
    EvalBreaker* holder = g_gil_holder_breaker.load(std::memory_order_acquire);
    // A worker holding the GIL yields at its next safe point, so the main
    // thread runs the handler now instead of after a switch interval; a
    // lock-free fetch_or like the one above.
    if (holder && holder != &g_main_breaker) holder->set(kGilDropRequest);
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
}

void wake_main_thread(int signum) {
    // A lock-free load of a plain integer.
    const pid_t main_tid = g_main_tid.load(std::memory_order_relaxed);
    // A compare on a local: before start-up there is nobody to wake.
    if (main_tid == 0) return;
    // A lock-free store, read by the main thread's handler above.
    g_forwarded[signum].store(true, std::memory_order_release);
    // tgkill is a raw system call (glibc's pthread_kill may take a lock);
    // getpid is async-signal-safe. The main thread's handler then runs and
    // its blocking call (a lock wait, a sleep) returns EINTR, so it
    // services the tripped flag at once.
    ::syscall(SYS_tgkill, ::getpid(), main_tid, signum);
}

void record_main_thread() { g_main_tid.store(::gettid(), std::memory_order_relaxed); }

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
