// vm/interpreter.h: the interpreter's public API, used by the CLI, the REPL
// and the built-in modules: run compiled code, call functions, report
// uncaught exceptions as CPython does.
#pragma once

#include <string>
#include <string_view>

#include "runtime/dict_object.h"
#include "runtime/misc_objects.h"
#include "runtime/exceptions.h"
#include "runtime/thread_state.h"
#include "runtime/object.h"
#include "vm/code_object.h"
#include "vm/frame.h"
#include "vm/vm_thread.h"

namespace minipy::vm {

class Interpreter {
public:
    // Creates the runtime, the builtins and the sys module.
    Interpreter();

    // Runs module-level [code] with [globals] as both globals and locals.
    rt::Result<rt::Value> exec_module(CodeObject* code, rt::DictObject* globals);
    // Calls a Python function with vectorcall arguments (the function type's call slot).
    rt::Result<rt::Value> call_function(FunctionObject* function, const rt::CallArgs& args);

    // Runs a class body with [ns] as its namespace (what __build_class__ needs).
    rt::Result<void> run_class_body(FunctionObject* body, rt::DictObject* ns);

    rt::DictObject* builtins() const { return m_builtins; }
    // The calling thread's innermost frame.
    Frame* current_frame() const { return vm_thread().current_frame; }

    // Prints "Traceback (most recent call last):" and the chain for [exc] to stderr.
    void print_exception(rt::Value exc);
    // The text print_exception writes.
    std::string format_exception(rt::Value exc);
    // CPython's report of an exception that cannot propagate (the
    // unraisable hook): "Exception ignored [context]: repr([obj])" (no such
    // line when [obj] is null), the traceback, and "Type: message".
    void print_unraisable(rt::Value exc, std::string_view context = "in", rt::Value obj = rt::Value::null());
    // What the process does with an exception nobody caught: prints it (or,
    // for SystemExit, its code) and returns the exit status.
    int handle_uncaught(rt::Value exc);
    // The end of the process once the main module finished with [status],
    // as CPython's Py_FinalizeEx: waits for the non-daemon threads
    // (threading._shutdown), flushes the std streams and, if [interrupted]
    // (an uncaught KeyboardInterrupt), dies by SIGINT. Returns the status
    // for main() to return; exits on the spot while daemon threads live.
    int finalize(int status, bool interrupted);

    // Runs pending work at a safe point: a scheduled collection, then the
    // Python handlers of tripped signals (signal/pending.cpp).
    rt::Result<void> service_breaker(Frame* frame);

    // Continues a generator's suspended [frame] (vm/generator.cpp): links it
    // into the chain as an entry frame, pushes [sent] and runs from its
    // saved ip; with [throwing], raises the pending exception there
    // instead. Returns a yielded value (frame->yielded set), the frame's
    // return value, or an error.
    rt::Result<rt::Value> resume_frame(Frame* frame, rt::Value sent, bool throwing);

private:
    // Runs [frame] from its saved ip; with [throwing], first raises the
    // pending exception at the current instruction (generator.throw()).
    rt::Result<rt::Value> run_frame(Frame* frame, bool throwing = false);
    Frame* push_frame(CodeObject* code, FunctionObject* function, rt::DictObject* globals, rt::DictObject* locals);
    void pop_frame(Frame* frame);
    // Fills the new frame's parameters from a call (CPython's argument rules and messages).
    rt::Result<void> bind_arguments(Frame* frame, FunctionObject* function, const rt::Value* args,
                                    std::size_t nargs, rt::TupleObject* kwnames);
    void trace_roots(rt::Tracer& t);

    rt::DictObject* m_builtins = nullptr;
};

// The one interpreter of the process.
Interpreter& interpreter();

// locals() of the running frame: a module's or class body's namespace, or a
// snapshot of a function's bound local variables.
rt::Result<rt::Value> current_locals();
// Adds the builtins that need the running frame (globals, locals, super,
// __build_class__) to [builtins].
void add_frame_builtins(rt::ModuleObject* builtins);

// On the hot path of every call, hence inline: a new frame for [code] with
// every slot empty, or null after raising RecursionError.
inline Frame* Interpreter::push_frame(CodeObject* code, FunctionObject* function, rt::DictObject* globals,
                                      rt::DictObject* locals) {
    VmThread& thread = vm_thread();
    if (thread.depth >= rt::g_recursion_limit) [[unlikely]] {
        rt::raise_error(rt::g_exc.RecursionError, rt::msg::kRecursion);
        return nullptr;
    }
    ++thread.depth;
    Frame* frame = thread.frames.push(code);
    frame->code = code;
    frame->function = function;
    frame->globals = globals;
    frame->builtins = function ? function->builtins : m_builtins;
    frame->locals = locals;
    frame->previous = thread.current_frame;
    frame->ip = code->instructions.data();
    frame->sp = frame->stack_base();
    frame->is_entry = true;
    frame->owner = FrameOwner::Thread;
    for (rt::Value* slot = frame->localsplus(); slot < frame->sp; ++slot) *slot = rt::Value::null();
    thread.current_frame = frame;
    return frame;
}

inline void Interpreter::pop_frame(Frame* frame) {
    VmThread& thread = vm_thread();
    --thread.depth;
    thread.current_frame = frame->previous;
    // A generator's frame stays alive in its generator object.
    if (frame->owner == FrameOwner::Thread) [[likely]] thread.frames.pop(frame);
}

}  // namespace minipy::vm
