// runtime/thread_state.h: what each interpreter thread owns: the pending
// exception, the exceptions being handled (sys.exc_info), the recursion
// depth, and its eval breaker.
#pragma once

#include "runtime/object.h"
#include "signal/eval_breaker.h"

namespace minipy::rt {

struct ThreadState {
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
    int recursion_depth = 0;
    int recursion_limit = 1000;
    sig::EvalBreaker* breaker = &sig::g_main_breaker;
    // Counts native-loop iterations between breaker polls.
    unsigned poll_counter = 0;
};

extern ThreadState* g_thread;

}  // namespace minipy::rt
