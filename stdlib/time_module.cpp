// stdlib/time_module.cpp: the `time` module: the clocks (time, monotonic,
// perf_counter and their _ns forms) and sleep, which follows PEP 475: a
// signal handler that returns lets the sleep go on until the original
// deadline; one that raises ends the sleep with its exception at once.
#include <time.h>

#include <cerrno>
#include <cmath>
#include <cstdint>

#include "runtime/args.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "signal/blocking.h"
#include "stdlib/modules.h"

namespace minipy::stdlib {

using rt::CallArgs;
using rt::Result;
using rt::Value;

namespace {

std::int64_t clock_ns(clockid_t clock) {
    timespec ts{};
    ::clock_gettime(clock, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

double clock_seconds(clockid_t clock) {
    timespec ts{};
    ::clock_gettime(clock, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// CPython on Linux: time() is CLOCK_REALTIME; monotonic() and
// perf_counter() are both CLOCK_MONOTONIC.
constexpr char kTime[] = "time", kTimeNs[] = "time_ns", kMonotonic[] = "monotonic",
               kMonotonicNs[] = "monotonic_ns", kPerfCounter[] = "perf_counter",
               kPerfCounterNs[] = "perf_counter_ns";

template <clockid_t Clock, const char* Name>
Result<Value> seconds_fn(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, Name, 0, 0));
    return Value::number(clock_seconds(Clock));
}

template <clockid_t Clock, const char* Name>
Result<Value> ns_fn(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, Name, 0, 0));
    return rt::make_int(clock_ns(Clock));
}

Result<Value> time_sleep(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "sleep", 1, 1));
    MINIPY_TRY(rt::no_keywords(args, "sleep"));
    Value arg = args[0];
    if (!arg.is_double() && !rt::is_int(arg) && !arg.is_bool())
        return rt::raise_error(rt::g_exc.TypeError, "'{}' object cannot be interpreted as an integer",
                               {rt::type_name(arg)});
    double seconds = MINIPY_TRY(rt::to_double(arg));
    if (std::isnan(seconds)) return rt::raise_error(rt::g_exc.ValueError, "Invalid value NaN (not a number)");
    if (seconds < 0) return rt::raise_error(rt::g_exc.ValueError, "sleep length must be non-negative");
    if (seconds > 9.2e9) return rt::raise_error(rt::g_exc.OverflowError, "timestamp too large to convert to C _PyTime_t");
    timespec deadline = sig::monotonic_deadline(seconds);
    long rc = MINIPY_TRY(sig::retry_blocking([&]() -> long {
        // clock_nanosleep returns the error number instead of setting errno.
        int err = ::clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr);
        if (err == 0) return 0;
        errno = err;
        return -1;
    }));
    if (rc < 0) return rt::raise_os_error(errno);
    return Value::none();
}

}  // namespace

rt::ModuleObject* make_time_module() {
    auto* module = rt::make_module("time").as<rt::ModuleObject>();
    rt::Root keep(Value::object(module));
    rt::add_function(module, "sleep", time_sleep);
    rt::add_function(module, "time", seconds_fn<CLOCK_REALTIME, kTime>);
    rt::add_function(module, "time_ns", ns_fn<CLOCK_REALTIME, kTimeNs>);
    rt::add_function(module, "monotonic", seconds_fn<CLOCK_MONOTONIC, kMonotonic>);
    rt::add_function(module, "monotonic_ns", ns_fn<CLOCK_MONOTONIC, kMonotonicNs>);
    rt::add_function(module, "perf_counter", seconds_fn<CLOCK_MONOTONIC, kPerfCounter>);
    rt::add_function(module, "perf_counter_ns", ns_fn<CLOCK_MONOTONIC, kPerfCounterNs>);
    return module;
}

}  // namespace minipy::stdlib
