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
    int recursion_depth = 0;
    int recursion_limit = 1000;
    sig::EvalBreaker* breaker = &sig::g_main_breaker;
    // Counts native-loop iterations between breaker polls.
    unsigned poll_counter = 0;
};

extern ThreadState* g_thread;

}  // namespace minipy::rt
