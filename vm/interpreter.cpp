// vm/interpreter.cpp: the interpreter object: start-up (runtime, builtins,
// function types), running module code, and the work done at safe points.
#include "vm/interpreter.h"

#include <csignal>
#include <cstdlib>
#include <unistd.h>

#include "vm/frame_object.h"

#include "runtime/exceptions.h"
#include "runtime/gil.h"
#include "runtime/heap.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "signal/pending.h"
#include "signal/trace.h"
#include "stdlib/modules.h"
#include "stdlib/sys_module.h"
#include "vm/generator.h"

namespace minipy::vm {

using rt::Result;
using rt::Value;

namespace {

// Where a safe point is, for --trace-breaker: "busy (t.py:12)".
std::string describe_position(Frame* frame, bool in_native_code) {
    std::string where = in_native_code ? "a native loop called from " : "";
    if (!frame) return where + "<no Python frame>";
    return where + std::string(frame->code->qualname->view()) + " (" + std::string(frame->code->filename->view()) + ":" +
           std::to_string(frame->current_line()) + ")";
}

// > 0 while a native loop (poll_breaker) is paused to run signal handlers
// or to let other threads run: that native code may hold values it has not
// rooted, so no safe point of any thread collects meanwhile; the
// collection stays scheduled and runs at the first safe point after the
// native code went on. Changed and read under the GIL only.
int g_native_pause_depth = 0;

Result<void> service_breaker_for_native_code() {
    rt::ThreadState* thread = rt::g_thread;
    if (sig::g_trace_breaker) sig::trace_trip(thread->breaker->load(), describe_position(vm_thread().current_frame, true));
    ++g_native_pause_depth;
    // A long builtin in a worker must not keep the GIL (and with it the
    // main thread's signal handlers) to itself.
    if (thread->breaker->load() & sig::kGilDropRequest) rt::gil_yield(thread);
    auto result = sig::service_pending_signals();
    --g_native_pause_depth;
    return result;
}

}  // namespace

Interpreter& interpreter() {
    static Interpreter instance;
    return instance;
}

Interpreter::Interpreter() {
    // The main thread's state; never freed, like every thread state.
    auto* main_thread = new VmThread;
    rt::g_thread = main_thread;
    rt::register_thread(main_thread);
    rt::gil_take(main_thread);
    rt::init_runtime();
    init_function_types();
    init_generator_type();
    init_frame_object_type();
    sig::set_frame_provider(current_frame_object);
    // CPython passes None as the object: no "Exception ignored in" line.
    sig::set_unraisable_reporter([](Value exc) { interpreter().print_unraisable(exc); });
    rt::ModuleObject* builtins = stdlib::builtin_module("builtins");
    add_frame_builtins(builtins);
    m_builtins = builtins->dict;
    rt::g_heap.add_root_tracer([this](rt::Tracer& t) { trace_roots(t); });
    // Native loops (poll_breaker) never collect: a collection there could
    // free values the native code holds unrooted.
    rt::set_native_breaker_service(service_breaker_for_native_code);
}

void Interpreter::trace_roots(rt::Tracer& t) { t.mark(m_builtins); }

Result<Value> Interpreter::exec_module(CodeObject* code, rt::DictObject* globals) {
    Frame* frame = push_frame(code, nullptr, globals, globals);
    if (!frame) return rt::kError;
    return run_frame(frame);
}

Result<void> Interpreter::run_class_body(FunctionObject* body, rt::DictObject* ns) {
    Frame* frame = push_frame(body->code, body, body->globals, ns);
    if (!frame) return rt::kError;
    MINIPY_TRY(run_frame(frame));
    return {};
}

Result<void> Interpreter::service_breaker(Frame* frame) {
    rt::ThreadState* thread = rt::g_thread;
    sig::EvalBreaker& breaker = *thread->breaker;
    std::uint32_t bits = breaker.load();
    if (sig::g_trace_breaker) sig::trace_trip(bits, describe_position(frame, false));
    // No collection while some native loop is paused (see above).
    if ((bits & sig::kGcScheduled) && g_native_pause_depth == 0) {
        breaker.clear(sig::kGcScheduled);
        rt::g_heap.collect();
    }
    if (bits & sig::kGilDropRequest) rt::gil_yield(thread);
    // Signals last: a handler that raises ends the servicing. Only the main
    // thread's word carries the bit.
    if (bits & sig::kSignalsPending) MINIPY_TRY(sig::service_pending_signals());
    return {};
}

int Interpreter::finalize(int status, bool interrupted) {
    Value threading = stdlib::sys_modules()->get_str(rt::intern("threading"));
    if (!threading.is_null()) {
        auto joined = rt::call_method0(threading, "_shutdown");
        if (joined.is_error()) {
            // CPython reports it as unraisable and goes on exiting.
            rt::Root exc(rt::take_exception());
            print_unraisable(exc.get(), "in", threading);
        }
    }
    stdlib::run_atexit_callbacks();
    Value failed_stream;
    if (!stdlib::flush_std_streams(&failed_stream)) {
        // CPython reports it (e.g. EPIPE: the reader has gone) and exits 120.
        rt::Root exc(rt::take_exception());
        print_unraisable(exc.get(), "in", failed_stream);
        // The report may itself have failed to reach a closed stderr.
        if (!stdlib::flush_std_streams()) rt::clear_exception();
        status = 120;
    }
    if (interrupted) {
        // Die by SIGINT so the parent sees the interrupt (SIGNALS.md 19).
        std::signal(SIGINT, SIG_DFL);
        ::kill(::getpid(), SIGINT);
    }
    // Daemon threads still wait for the GIL or sit in system calls: leave
    // without running static destructors under them.
    if (running_threads() > 0) std::_Exit(status);
    return status;
}

}  // namespace minipy::vm
