// vm/interpreter.cpp: the interpreter object: start-up (runtime, builtins,
// function types), running module code, and the work done at safe points.
#include "vm/interpreter.h"

#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "stdlib/modules.h"
#include "vm/generator.h"

namespace minipy::vm {

using rt::Result;
using rt::Value;

Interpreter& interpreter() {
    static Interpreter instance;
    return instance;
}

Interpreter::Interpreter() {
    rt::init_runtime();
    init_function_types();
    init_generator_type();
    rt::ModuleObject* builtins = stdlib::builtin_module("builtins");
    add_frame_builtins(builtins);
    m_builtins = builtins->dict;
    rt::g_heap.add_root_tracer([this](rt::Tracer& t) { trace_roots(t); });
}

void Interpreter::trace_roots(rt::Tracer& t) {
    t.mark(m_builtins);
    for (Frame* f = m_current_frame; f; f = f->previous) f->trace(t);
}

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

Result<void> Interpreter::service_breaker(Frame*) {
    sig::EvalBreaker& breaker = *rt::g_thread->breaker;
    std::uint32_t bits = breaker.load();
    if (bits & sig::kGcScheduled) {
        breaker.clear(sig::kGcScheduled);
        rt::g_heap.collect();
    }
    return {};
}

}  // namespace minipy::vm
