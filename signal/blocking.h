// signal/blocking.h: PEP 475 in one place. Every blocking system call of
// minipy runs through retry_blocking(): when the call fails with EINTR, the
// pending Python signal handlers run; if one raises, the call raises that
// exception at once; otherwise the call is retried (a call that waits until
// a deadline recomputes its remaining time, or passes an absolute one).
#pragma once

#include <cerrno>
#include <cmath>
#include <ctime>

#include "runtime/gil.h"
#include "runtime/result.h"
#include "signal/pending.h"

namespace minipy::sig {

// Calls [call]() — which returns a value >= 0 on success or -1 with errno
// set — until it succeeds or fails with something other than EINTR.
// Returns the call's result; -1 with errno intact for the caller to raise
// (callers choose the OSError, e.g. with a file name). The GIL is released
// around each call, so [call] must not touch the heap: it works on C++
// locals and on immutable objects its caller's frame keeps alive.
// The CLOCK_MONOTONIC instant [seconds] from now, as the absolute time
// that clock_nanosleep and sem_clockwait take: a retry after EINTR then
// waits only for what is left, and the total is the time asked for.
inline timespec monotonic_deadline(double seconds) {
    timespec deadline{};
    ::clock_gettime(CLOCK_MONOTONIC, &deadline);
    double whole = std::floor(seconds);
    deadline.tv_sec += static_cast<time_t>(whole);
    deadline.tv_nsec += static_cast<long>(std::llround((seconds - whole) * 1e9));
    while (deadline.tv_nsec >= 1'000'000'000) {
        deadline.tv_sec += 1;
        deadline.tv_nsec -= 1'000'000'000;
    }
    return deadline;
}

template <class Call>
rt::Result<long> retry_blocking(Call call) {
    for (;;) {
        long r;
        int error;
        {
            rt::GilRelease release;
            r = static_cast<long>(call());
            error = errno;
        }
        if (r >= 0 || error != EINTR) {
            errno = error;
            return r;
        }
        MINIPY_TRY(service_pending_signals());
    }
}

}  // namespace minipy::sig
