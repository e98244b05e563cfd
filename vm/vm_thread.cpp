// vm/vm_thread.cpp: starting and ending OS threads that run Python code.
// A new thread borrows a VmThread from a pool (states are never freed: the
// C signal handler may still hold a pointer to a finished thread's
// breaker), takes the GIL, makes the call, reports an exception that
// escaped it, and gives the state back.
#include "vm/vm_thread.h"

#include <atomic>
#include <thread>

#include "runtime/exceptions.h"
#include "runtime/gil.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "vm/eval_helpers.h"
#include "vm/interpreter.h"

namespace minipy::vm {

using rt::Result;
using rt::Value;

namespace {

// Finished thread states, reused by later threads. Under the GIL.
std::vector<VmThread*> g_pool;
std::atomic<int> g_running{0};

VmThread* fresh_state() {
    if (g_pool.empty()) return new VmThread;
    VmThread* state = g_pool.back();
    g_pool.pop_back();
    return state;
}

void recycle(VmThread* state) {
    state->pending_exception = Value::null();
    state->handled = Value::none();
    state->outer_handled = Value::none();
    state->recursion_depth = 0;
    state->breaker->clear(~0u);
    g_pool.push_back(state);
}

void thread_main(VmThread* state) {
    rt::g_thread = state;
    // Runs only once start_new_thread, holding the GIL, has set our ident.
    rt::gil_take(state);
    {
        rt::Root callable(state->start_callable);
        rt::Root args(state->start_args);
        rt::Root kwargs(state->start_kwargs);
        state->start_callable = state->start_args = state->start_kwargs = Value::null();
        if (call_with_unpacked(callable.get(), args.get(), kwargs.get()).is_error()) {
            rt::Root exc(rt::take_exception());
            // CPython's report for a bare _thread function (threading.Thread
            // reports its own, "Exception in thread NAME:"); SystemExit is silent.
            if (!rt::type_of(exc.get())->is_subtype_of(rt::g_exc.SystemExit))
                interpreter().print_unraisable(exc.get(), "in thread started by", callable.get());
        }
    }
    rt::unregister_thread(state);
    recycle(state);
    g_running.fetch_sub(1, std::memory_order_relaxed);
    rt::g_thread = nullptr;
    rt::gil_drop(state);
}

}  // namespace

void VmThread::trace(rt::Tracer& t) {
    ThreadState::trace(t);
    t.mark(start_callable);
    t.mark(start_args);
    t.mark(start_kwargs);
    for (Frame* f = current_frame; f; f = f->previous) f->trace(t);
}

Result<Value> start_new_thread(Value callable, Value args, Value kwargs) {
    VmThread* state = fresh_state();
    state->start_callable = callable;
    state->start_args = args;
    state->start_kwargs = kwargs;
    // Registered now, under the GIL, so its start values are traced until
    // the new thread runs.
    rt::register_thread(state);
    g_running.fetch_add(1, std::memory_order_relaxed);
    try {
        std::thread thread(thread_main, state);
        state->ident = static_cast<unsigned long>(thread.native_handle());
        thread.detach();
    } catch (const std::system_error&) {
        rt::unregister_thread(state);
        recycle(state);
        g_running.fetch_sub(1, std::memory_order_relaxed);
        return rt::raise_error(rt::g_exc.RuntimeError, "can't start new thread");
    }
    return rt::make_int(static_cast<std::int64_t>(state->ident));
}

int running_threads() { return g_running.load(std::memory_order_relaxed); }

}  // namespace minipy::vm
