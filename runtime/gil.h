// runtime/gil.h: the global interpreter lock. One thread at a time runs
// Python code or touches the heap; the others wait here or sit in a
// blocking call that released it. The hand-off follows CPython since 3.2:
// a waiter that has waited a switch interval sets GIL_DROP_REQUEST on the
// holder's eval breaker, and the holder yields at its next safe point and
// does not take the GIL back before the waiter had it.
#pragma once

#include "runtime/thread_state.h"

namespace minipy::rt {

// Blocks until the calling thread, running [state], holds the GIL.
void gil_take(ThreadState* state);
// Releases the GIL; [state] must hold it.
void gil_drop(ThreadState* state);
// The safe-point answer to GIL_DROP_REQUEST: releases the GIL, lets a
// waiting thread take it, then waits for it again.
void gil_yield(ThreadState* state);

// sys.setswitchinterval / sys.getswitchinterval, in seconds (5 ms default).
double switch_interval();
void set_switch_interval(double seconds);

// Releases the GIL for the lifetime of the object: wraps one blocking
// system call that touches no heap object, so other threads run meanwhile.
class GilRelease {
public:
    GilRelease() : m_state(g_thread) { gil_drop(m_state); }
    ~GilRelease() { gil_take(m_state); }
    GilRelease(const GilRelease&) = delete;
    GilRelease& operator=(const GilRelease&) = delete;

private:
    ThreadState* m_state;
};

}  // namespace minipy::rt
