// tests/unit/test_gil.cpp: the GIL hand-off (runtime/gil.*) with real OS
// threads: a waiter blocks while the main thread holds the GIL, asks for it
// with GIL_DROP_REQUEST after a switch interval, and gets it when the
// holder yields. Every wait is on an event; the deadlines only turn a hang
// into a failure.
#include <atomic>
#include <chrono>
#include <thread>

#include <catch2/catch.hpp>

#include "runtime/gil.h"
#include "runtime/thread_state.h"

namespace rt = minipy::rt;
namespace sig = minipy::sig;

namespace {

using Clock = std::chrono::steady_clock;

// Spins until [done] holds or 10 s passed; returns [done]'s last answer.
template <class Pred>
bool eventually(Pred done) {
    auto deadline = Clock::now() + std::chrono::seconds(10);
    while (!done()) {
        if (Clock::now() > deadline) return false;
        std::this_thread::yield();
    }
    return true;
}

}  // namespace

TEST_CASE("a waiting thread asks the holder to drop the GIL and gets it at the yield") {
    rt::ThreadState* main = rt::g_thread;  // holds the GIL (tests/unit/main.cpp)
    REQUIRE(main == rt::main_thread_state());
    double saved_interval = rt::switch_interval();
    rt::set_switch_interval(0.001);
    main->breaker->clear(sig::kGilDropRequest);

    std::atomic<bool> waiting{false}, holding{false}, release{false};
    std::thread waiter([&] {
        rt::ThreadState state;
        waiting = true;
        rt::gil_take(&state);
        holding = true;
        while (!release) std::this_thread::yield();
        rt::gil_drop(&state);
    });
    REQUIRE(eventually([&] { return waiting.load(); }));
    // The waiter cannot have the GIL yet, and after a switch interval it
    // asks the holder to let go.
    REQUIRE(eventually([&] { return (main->breaker->load() & sig::kGilDropRequest) != 0; }));
    CHECK_FALSE(holding);
    // What a safe point does: let the waiter run. The waiter holds the GIL
    // until we release it, so this thread's retake must wait for that.
    std::thread releaser([&] {
        REQUIRE(eventually([&] { return holding.load(); }));
        release = true;
    });
    rt::gil_yield(main);
    CHECK(holding);
    CHECK((main->breaker->load() & sig::kGilDropRequest) == 0);
    waiter.join();
    releaser.join();
    rt::set_switch_interval(saved_interval);
}

TEST_CASE("switch interval round trip in whole microseconds") {
    double saved = rt::switch_interval();
    rt::set_switch_interval(0.001);
    CHECK(rt::switch_interval() == 0.001);
    rt::set_switch_interval(0.25);
    CHECK(rt::switch_interval() == 0.25);
    rt::set_switch_interval(saved);
    CHECK(rt::switch_interval() == saved);
}

TEST_CASE("a released GIL lets another thread run Python-free work and come back") {
    rt::ThreadState* main = rt::g_thread;
    std::atomic<int> turns{0};
    {
        rt::GilRelease release;
        std::thread other([&] {
            rt::ThreadState state;
            rt::gil_take(&state);
            ++turns;
            rt::gil_drop(&state);
        });
        other.join();
    }
    CHECK(turns == 1);
    CHECK(rt::g_thread == main);
}
