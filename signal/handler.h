// signal/handler.h: the C-level signal handler and the state it shares with
// the main thread: one tripped flag per signal number and the wakeup fd.
// Like eval_breaker.h this depends on nothing above the C library, so the
// handler can never reach code that is not async-signal-safe.
#pragma once

#include <atomic>
#include <csignal>
#include <cstdint>

namespace minipy::sig {

// Signal numbers run from 1 to kNsig - 1 (NSIG is 65 on Linux: 64 + 1).
inline constexpr int kNsig = NSIG;

static_assert(std::atomic<bool>::is_always_lock_free, "tripped flags are set from signal handlers");
static_assert(std::atomic<int>::is_always_lock_free, "the wakeup fd is read from signal handlers");
static_assert(std::atomic<std::int64_t>::is_always_lock_free, "arrival times are set from signal handlers");

// tripped[n]: signal n arrived and its Python handler has not run yet.
// Several arrivals before the check coalesce into one flag (SIGNALS.md 7).
extern std::atomic<bool> g_tripped[kNsig];
// The fd signal.set_wakeup_fd() chose (-1: none); one byte per delivery.
extern std::atomic<int> g_wakeup_fd;
// arrived_ns[n]: CLOCK_MONOTONIC time of the first arrival of signal n not
// serviced yet (0: none), for --trace-breaker's latency.
extern std::atomic<std::int64_t> g_arrival_ns[kNsig];

// Remembers the calling thread as the main one: signals the kernel hands
// to another thread are passed on to it (see handler.cpp). Call at start-up.
void record_main_thread();

// What the C handler does for a signal that arrived, minus the wake-up of
// a blocked main thread: trips the flag, sets SIGNALS_PENDING, asks a worker
// holding the GIL to yield, writes the wakeup fd. _thread.interrupt_main
// uses it to simulate a signal. Async-signal-safe.
void trip_signal(int signum);
// Makes the main thread's blocking system call return EINTR (if it is in
// one) by sending it [signum] as a wake-up only. Async-signal-safe.
void wake_main_thread(int signum);

// Installs the C handler for [signum] with sigaction, without SA_RESTART so
// that blocking system calls return EINTR. Returns -1 with errno on failure.
int install_c_handler(int signum);

}  // namespace minipy::sig
