// runtime/thread_state.h: what each interpreter thread owns: the pending
// exception, the exceptions being handled (sys.exc_info), the C++ roots of
// its native code, its eval breaker; and the registry of every thread's
// state, which the collector walks for roots.
#pragma once

#include <vector>

#include "runtime/object.h"
#include "signal/eval_breaker.h"

namespace minipy::rt {

struct ThreadState {
    ThreadState();
    virtual ~ThreadState() = default;
    ThreadState(const ThreadState&) = delete;
    ThreadState& operator=(const ThreadState&) = delete;

    // Marks this thread's roots; the VM's subclass adds its frames.
    virtual void trace(Tracer& t);

    Value pending_exception = Value::null();
    // The exception the innermost running `except`/`finally` block is
    // handling (None outside one); outer ones are saved on the VM stack by
    // PUSH_EXC_INFO, as CPython 3.11's exc_info does.
    Value handled = Value::none();
    // While a generator runs, `handled` is the generator's own (CPython's
    // gi_exc_state, swapped in by vm/generator.cpp) and this is what its
    // consumer was handling, which sys.exc_info(), a bare `raise` and
    // implicit chaining see through when the generator handles nothing.
    Value outer_handled = Value::none();
    // The exception being handled as sys.exc_info() reports it (None if none).
    Value current_handled() const {
        return handled.is_none() || handled.is_null() ? outer_handled : handled;
    }
    // Depth of native recursion (repr of nested containers); the limit is
    // the process-wide g_recursion_limit, as sys.setrecursionlimit is.
    int recursion_depth = 0;
    // The main thread's word is sig::g_main_breaker, which the C signal
    // handler can reach without knowing any thread; a worker has its own.
    sig::EvalBreaker* breaker;
    // Counts native-loop iterations between breaker polls.
    unsigned poll_counter = 0;
    // C++ locals that must survive a call back into the VM (Root,
    // RootVector). Per thread, because each is a LIFO stack and a thread
    // that waits without the GIL keeps its entries while others push.
    std::vector<Value*> value_roots;
    std::vector<std::vector<Value>*> vector_roots;
    // _thread.get_ident(): pthread_self() of the OS thread running this state.
    unsigned long ident = 0;

private:
    sig::EvalBreaker m_own_breaker;
};

// The state of the thread running this code; set once per OS thread, hence
// constinit: every use is one %fs-relative load, no TLS init wrapper.
extern thread_local constinit ThreadState* g_thread;

// sys.setrecursionlimit: shared by every thread.
extern int g_recursion_limit;

// The main thread's state, which the CLI, the signal servicing and
// `threading.main_thread()` refer to.
ThreadState* main_thread_state();
inline bool on_main_thread() { return g_thread == main_thread_state(); }

// Registers [state] for tracing; the first state registered is the main
// thread's. Under the GIL (or before a second thread exists). The thread
// that runs with a state sets g_thread itself.
void register_thread(ThreadState* state);
// Unregisters [state] (its thread is about to end). Under the GIL.
void unregister_thread(ThreadState* state);
// Every attached state, main thread first.
const std::vector<ThreadState*>& all_threads();

}  // namespace minipy::rt
