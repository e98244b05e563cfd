// signal/pending.h: the main-thread side of signals: the table of Python
// handlers and the function that runs the handlers of tripped signals at a
// safe point (Interpreter::service_breaker, native loops, blocking calls).
// Unlike handler.cpp this is ordinary code: it calls back into Python.
#pragma once

#include "runtime/object.h"

namespace minipy::sig {

// The Python-level handler of [signum] as getsignal() reports it: the
// callable or Handlers member installed from Python, or null when the
// disposition was not set from Python (getsignal returns None).
rt::Value python_handler(int signum);
void set_python_handler(int signum, rt::Value handler);
// True for the Handlers.SIG_DFL / SIG_IGN members (set by the signal module).
using IsDispositionFn = bool (*)(rt::Value handler);
void set_disposition_test(IsDispositionFn fn);
// True if [signum] has a callable Python handler (not SIG_DFL/SIG_IGN):
// what _thread.interrupt_main needs before it simulates the signal.
bool has_python_handler(int signum);

// Runs the Python handler of every tripped signal in ascending signal
// number, each as handler(signum, [frame]). Clears kSignalsPending first,
// so a signal arriving meanwhile is seen at the next check. If a handler
// raises, the bit is set again (the signals not reached yet run at the next
// check) and the exception is returned.
rt::Result<void> run_pending_signals(rt::Value frame);

// The VM supplies handlers' second argument: a frame object for the
// running Python frame (None when there is none).
using FrameProviderFn = rt::Value (*)();
void set_frame_provider(FrameProviderFn fn);

// How an exception that cannot propagate is reported (the VM's
// print_unraisable): SIGNALS.md 22's race condition.
using UnraisableReporterFn = void (*)(rt::Value exc);
void set_unraisable_reporter(UnraisableReporterFn fn);

// If kSignalsPending is set, runs the pending handlers with the current
// frame object. What safe points, native code and blocking calls use.
rt::Result<void> service_pending_signals();

}  // namespace minipy::sig
