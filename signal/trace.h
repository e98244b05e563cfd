// signal/trace.h: `minipy --trace-breaker`: one line on stderr each time a
// safe point finds the eval breaker set (which bits, where), and one per
// Python signal handler run (which signal, how long after it arrived).
// Written straight to fd 2, so no Python-level stream (and no safe point)
// is involved in reporting on the breaker.
#pragma once

#include <cstdint>
#include <string_view>

namespace minipy::sig {

// Set once by the CLI before any Python code runs.
extern bool g_trace_breaker;

// "breaker: SIGNALS_PENDING|GC_SCHEDULED at [where]".
void trace_trip(std::uint32_t bits, std::string_view where);
// "breaker:   SIGUSR1 handler after 12 us", from the arrival time the C
// handler recorded ([arrived_ns] on CLOCK_MONOTONIC; 0 if unknown).
void trace_handler(int signum, std::int64_t arrived_ns);

}  // namespace minipy::sig
