// signal/eval_breaker.h: the eval breaker, one atomic word per interpreter
// thread through which everything asynchronous reaches the eval loop.
//
// Writers (the C signal handler, other threads, the allocator) set bits with
// a lock-free fetch_or; the eval loop reads the word with one relaxed load at
// its safe points (RESUME, JUMP_BACKWARD, return from native code) and takes
// a noinline slow path only when it is non-zero. This header depends on
// nothing so that every layer, including runtime/, can set a bit.
#pragma once

#include <atomic>
#include <cstdint>

namespace minipy::sig {

enum BreakerBit : std::uint32_t {
    kSignalsPending = 1u << 0,  // a C handler tripped a signal (main thread only)
    kCallsToDo = 1u << 1,       // add_pending_call queued work for the main thread
    kGilDropRequest = 1u << 2,  // another thread has waited a switch interval
    kAsyncExc = 1u << 3,        // another thread queued an exception for this one
    kGcScheduled = 1u << 4,     // the allocator wants a collection at a safe point
};

static_assert(std::atomic<std::uint32_t>::is_always_lock_free,
              "the breaker is set from signal handlers, so it must be lock-free");

class EvalBreaker {
public:
    // Async-signal-safe: a lock-free atomic RMW touches no other state.
    void set(std::uint32_t bits) { m_word.fetch_or(bits, std::memory_order_release); }
    void clear(std::uint32_t bits) { m_word.fetch_and(~bits, std::memory_order_acq_rel); }
    // The hot-path test: a relaxed load, no fence.
    bool any() const { return m_word.load(std::memory_order_relaxed) != 0; }
    std::uint32_t load() const { return m_word.load(std::memory_order_acquire); }

private:
    std::atomic<std::uint32_t> m_word{0};
};

// The breaker of the main interpreter thread: the C signal handler sets
// SIGNALS_PENDING here, whichever thread the kernel delivered to.
extern EvalBreaker g_main_breaker;
// The breaker of the thread holding the GIL (null while nobody does), so
// the C handler can ask a worker to yield to the main thread. Thread
// states are pooled and never freed, so a stale pointer stays valid.
extern std::atomic<EvalBreaker*> g_gil_holder_breaker;

}  // namespace minipy::sig
