// signal/pending.cpp: running the Python handlers of tripped signals in the
// main thread. The C handler (handler.cpp) only sets flags; this file turns
// them into calls at the next safe point, as CPython's
// _PyErr_CheckSignalsTstate does.
#include "signal/pending.h"

#include <string>

#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/ops.h"
#include "runtime/thread_state.h"
#include "signal/eval_breaker.h"
#include "signal/handler.h"
#include "signal/trace.h"

namespace minipy::sig {

using rt::Result;
using rt::Value;

namespace {

// Null: not set from Python. Rooted by a tracer registered on first use.
Value g_handlers[kNsig];
IsDispositionFn g_is_disposition = nullptr;

void ensure_rooted() {
    static bool rooted = false;
    if (rooted) return;
    rooted = true;
    rt::g_heap.add_root_tracer([](rt::Tracer& t) {
        for (Value v : g_handlers) t.mark(v);
    });
}

}  // namespace

Value python_handler(int signum) { return signum > 0 && signum < kNsig ? g_handlers[signum] : Value::null(); }

void set_python_handler(int signum, Value handler) {
    ensure_rooted();
    if (signum > 0 && signum < kNsig) g_handlers[signum] = handler;
}

void set_disposition_test(IsDispositionFn fn) { g_is_disposition = fn; }

bool has_python_handler(int signum) {
    Value handler = python_handler(signum);
    if (handler.is_null() || handler.is_none()) return false;
    return !(g_is_disposition && g_is_disposition(handler));
}

namespace {

UnraisableReporterFn g_unraisable_reporter = nullptr;

void report_ignored(int signum) {
    if (!g_unraisable_reporter) return;
    rt::Root exc(rt::make_exception(rt::g_exc.OSError, "Signal " + std::to_string(signum) + " ignored due to race condition"));
    g_unraisable_reporter(exc.get());
}

}  // namespace

void set_unraisable_reporter(UnraisableReporterFn fn) { g_unraisable_reporter = fn; }

Result<void> run_pending_signals(Value frame) {
    // Clear first: a signal that lands while a handler runs sets the bit
    // again and is serviced at the handler's next safe point (SIGNALS.md 11).
    g_main_breaker.clear(kSignalsPending);
    for (int signum = 1; signum < kNsig; ++signum) {
        // exchange: a second arrival after this point trips the flag anew.
        if (!g_tripped[signum].exchange(false, std::memory_order_acq_rel)) continue;
        std::int64_t arrived_ns = g_arrival_ns[signum].exchange(0, std::memory_order_relaxed);
        if (!has_python_handler(signum)) {
            // The disposition became SIG_IGN/SIG_DFL after the signal
            // tripped (SIGNALS.md 22): reported, not raised.
            report_ignored(signum);
            continue;
        }
        Value handler = g_handlers[signum];
        if (g_trace_breaker) trace_handler(signum, arrived_ns);
        // CPython 3.11: signum is a plain int, not a Signals member.
        if (rt::call2(handler, rt::make_int(signum), frame).is_error()) {
            // The signals above this one stay tripped for the next check (SIGNALS.md 9).
            g_main_breaker.set(kSignalsPending);
            return rt::kError;
        }
    }
    return {};
}

namespace {
FrameProviderFn g_frame_provider = nullptr;
}

void set_frame_provider(FrameProviderFn fn) { g_frame_provider = fn; }

Result<void> service_pending_signals() {
    // Handlers run in the main thread only; a worker that got EINTR retries.
    if (!rt::on_main_thread() || !(g_main_breaker.load() & kSignalsPending)) return {};
    rt::Root frame(g_frame_provider ? g_frame_provider() : Value::none());
    return run_pending_signals(frame.get());
}

}  // namespace minipy::sig
