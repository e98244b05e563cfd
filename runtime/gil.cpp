// runtime/gil.cpp: the GIL as a mutex-protected flag with two condition
// variables: `released` wakes waiters when the holder lets go, `switched`
// tells a yielding holder that someone else got it (CPython's
// FORCE_SWITCHING, which keeps one busy thread from starving the rest).
#include "runtime/gil.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

#include "runtime/heap.h"

namespace minipy::rt {

namespace {

struct Gil {
    std::mutex mutex;
    std::condition_variable released;
    std::condition_variable switched;
    bool locked = false;
    ThreadState* holder = nullptr;
    // Counts every take, so a waiter can tell "still the same holder".
    std::uint64_t switches = 0;
    int waiting = 0;
};

// Never destroyed: daemon threads may still wait on it while the process
// exits, and destroying a condition variable with waiters is undefined.
Gil* const g_gil = new Gil;

std::atomic<long> g_interval_us{5000};

// CPython keeps the interval in whole microseconds and waits at least one.
std::chrono::microseconds interval() {
    return std::chrono::microseconds(std::max(1L, g_interval_us.load(std::memory_order_relaxed)));
}

void publish_holder(ThreadState* state) {
    // The C signal handler reads this to ask a worker holding the GIL to
    // let the main thread run its handlers (signal/handler.cpp).
    sig::g_gil_holder_breaker.store(state ? state->breaker : nullptr, std::memory_order_release);
}

void release_locked(Gil& gil) {
    gil.locked = false;
    gil.holder = nullptr;
    publish_holder(nullptr);
    gil.released.notify_one();
}

}  // namespace

void gil_take(ThreadState* state) {
    Gil& gil = *g_gil;
    std::unique_lock lock(gil.mutex);
    if (gil.locked) {
        ++gil.waiting;
        while (gil.locked) {
            std::uint64_t seen = gil.switches;
            bool freed = gil.released.wait_for(lock, interval(), [&] { return !gil.locked; });
            // A whole interval without a switch: ask the holder to yield.
            if (!freed && gil.switches == seen) gil.holder->breaker->set(sig::kGilDropRequest);
        }
        --gil.waiting;
    }
    gil.locked = true;
    gil.holder = state;
    ++gil.switches;
    publish_holder(state);
    gil.switched.notify_all();
    // A collection scheduled while another thread ran is this thread's to
    // run now: the thread that was asked may be blocked for a long time.
    if (g_heap.collection_due()) state->breaker->set(sig::kGcScheduled);
}

void gil_drop(ThreadState*) {
    std::lock_guard lock(g_gil->mutex);
    release_locked(*g_gil);
}

void gil_yield(ThreadState* state) {
    Gil& gil = *g_gil;
    {
        std::unique_lock lock(gil.mutex);
        state->breaker->clear(sig::kGilDropRequest);
        release_locked(gil);
        // Wait until a waiter took the GIL, or we would take it straight
        // back. The main thread may also be on its way after a signal (the
        // C handler asked us to yield), so wait for it even before it
        // queued up; the bound keeps a wait for nobody short.
        bool main_is_coming = state != main_thread_state() && (sig::g_main_breaker.load() & sig::kSignalsPending);
        if (gil.waiting > 0 || main_is_coming) {
            std::uint64_t seen = gil.switches;
            gil.switched.wait_for(lock, interval(), [&] { return gil.switches != seen; });
        }
    }
    gil_take(state);
}

double switch_interval() { return static_cast<double>(g_interval_us.load(std::memory_order_relaxed)) / 1e6; }

void set_switch_interval(double seconds) {
    g_interval_us.store(static_cast<long>(seconds * 1e6), std::memory_order_relaxed);
}

}  // namespace minipy::rt
