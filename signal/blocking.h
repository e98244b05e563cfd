// signal/blocking.h: PEP 475 in one place. Every blocking system call of
// minipy runs through retry_blocking(): when the call fails with EINTR, the
// pending Python signal handlers run; if one raises, the call raises that
// exception at once; otherwise the call is retried (a call that waits until
// a deadline recomputes its remaining time, or passes an absolute one).
#pragma once

#include <cerrno>

#include "runtime/result.h"
#include "signal/pending.h"

namespace minipy::sig {

// Calls [call]() — which returns a value >= 0 on success or -1 with errno
// set — until it succeeds or fails with something other than EINTR.
// Returns the call's result; -1 with errno intact for the caller to raise
// (callers choose the OSError, e.g. with a file name).
// FIXME: release the GIL around the call once threads exist (issue 4).
template <class Call>
rt::Result<long> retry_blocking(Call call) {
    for (;;) {
        long r = static_cast<long>(call());
        if (r >= 0 || errno != EINTR) return r;
        MINIPY_TRY(service_pending_signals());
    }
}

}  // namespace minipy::sig
