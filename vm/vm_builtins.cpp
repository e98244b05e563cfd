// vm/vm_builtins.cpp: the built-in functions that need the running frame
// (globals, locals), added to the builtins module when the interpreter starts.
#include "runtime/args.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "stdlib/modules.h"
#include "vm/interpreter.h"

namespace minipy::vm {

using rt::Result;
using rt::Value;

namespace {

Result<Value> builtin_globals(Value, const rt::CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "globals", 0, 0));
    Frame* frame = interpreter().current_frame();
    return Value::object(frame->globals);
}

Result<Value> builtin_locals(Value, const rt::CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "locals", 0, 0));
    Frame* frame = interpreter().current_frame();
    if (frame->locals) return Value::object(frame->locals);
    // A function's locals live in slots: snapshot the bound ones, as CPython does.
    Value dict = rt::make_dict();
    CodeObject* code = frame->code;
    for (int i = 0; i < code->nlocalsplus(); ++i) {
        Value v = frame->localsplus()[i];
        if (code->localsplus_kinds[static_cast<std::size_t>(i)] != SlotKind::Local && !v.is_null())
            v = v.as<rt::CellObject>()->contents;
        if (!v.is_null()) dict.as<rt::DictObject>()->set_str(code->localsplus_names[static_cast<std::size_t>(i)], v);
    }
    return dict;
}

}  // namespace

void add_frame_builtins(rt::ModuleObject* builtins) {
    rt::add_function(builtins, "globals", builtin_globals);
    rt::add_function(builtins, "locals", builtin_locals);
}

}  // namespace minipy::vm
