// vm/vm_builtins.cpp: the built-in functions that need the running frame
// (globals, locals), added to the builtins module when the interpreter starts.
#include "runtime/args.h"
#include "runtime/class_object.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
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
    return current_locals();
}

// __build_class__(body, name, *bases, **keywords): runs the class body
// with a fresh namespace as its locals, then makes the class from it.
Result<Value> builtin_build_class(Value, const rt::CallArgs& args) {
    if (args.nargs < 2 || !rt::is_type(args[0], rt::g_types.function) || !rt::is_str(args[1]))
        return rt::raise_error(rt::g_exc.TypeError, "__build_class__: expected a function and a name");
    for (std::size_t k = 0; k < args.nkw(); ++k) {
        std::string_view key = rt::str_view(args.kwnames->items[k]);
        if (key == "metaclass") return rt::raise_error(rt::g_exc.NotImplementedError, "metaclasses are not supported by minipy");
        return rt::raise_error(rt::g_exc.TypeError, "{}() takes no keyword arguments", {"__init_subclass__"});
    }
    auto* body = args[0].as<FunctionObject>();
    Value bases = rt::make_tuple(std::vector<Value>(args.args + 2, args.args + args.nargs));
    rt::Root bases_root(bases);
    rt::Root ns(rt::make_dict());
    MINIPY_TRY(interpreter().run_class_body(body, ns.as<rt::DictObject>()));
    return rt::make_class(rt::str_view(args[1]), bases, ns.as<rt::DictObject>());
}

// The class whose body defined the function running [frame]: found by
// searching the MRO of the first argument's class for that code object
// (CPython keeps it in a __class__ cell instead).
rt::TypeObject* defining_class(Frame* frame, Value first) {
    rt::TypeObject* start = rt::is_type(first, rt::g_types.type) ? first.as<rt::TypeObject>() : rt::type_of(first);
    for (rt::TypeObject* t = start; t && !t->is_builtin; t = t->base) {
        for (const rt::HashEntry& e : t->dict->table.entries()) {
            Value f = e.value;
            if (rt::is_type(f, rt::g_class_types.staticmethod) || rt::is_type(f, rt::g_class_types.classmethod))
                f = f.as<rt::MethodWrapperObject>()->function;
            if (rt::is_type(f, rt::g_class_types.property)) {
                auto* p = f.as<rt::PropertyObject>();
                for (Value accessor : {p->fget, p->fset, p->fdel})
                    if (rt::is_type(accessor, rt::g_types.function) && accessor.as<FunctionObject>()->code == frame->code)
                        return t;
            }
            if (rt::is_type(f, rt::g_types.function) && f.as<FunctionObject>()->code == frame->code) return t;
        }
    }
    return nullptr;
}

Result<Value> builtin_super(Value, const rt::CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "super", 0, 2));
    if (args.nargs == 2) {
        if (!rt::is_type(args[0], rt::g_types.type))
            return rt::raise_error(rt::g_exc.TypeError, "super() argument 1 must be a type, not {}", {rt::type_name(args[0])});
        return rt::make_super(args[0].as<rt::TypeObject>(), args[1]);
    }
    if (args.nargs == 1) return rt::raise_error(rt::g_exc.NotImplementedError, "super() with one argument is not supported by minipy");
    Frame* frame = interpreter().current_frame();
    if (!frame || !frame->function || frame->code->argcount == 0)
        return rt::raise_error(rt::g_exc.RuntimeError, "super(): no arguments");
    Value first = frame->localsplus()[0];
    if (frame->code->localsplus_kinds[0] != SlotKind::Local && !first.is_null()) first = first.as<rt::CellObject>()->contents;
    if (first.is_null()) return rt::raise_error(rt::g_exc.RuntimeError, "super(): arg[0] deleted");
    rt::TypeObject* cls = defining_class(frame, first);
    if (!cls) return rt::raise_error(rt::g_exc.RuntimeError, "super(): __class__ cell not found");
    return rt::make_super(cls, first);
}

}  // namespace

Result<Value> current_locals() {
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

void add_frame_builtins(rt::ModuleObject* builtins) {
    rt::add_function(builtins, "globals", builtin_globals);
    rt::add_function(builtins, "locals", builtin_locals);
    rt::add_function(builtins, "__build_class__", builtin_build_class);
    rt::add_function(builtins, "super", builtin_super);
    rt::set_attr_str(builtins, "property", Value::object(rt::g_class_types.property));
    rt::set_attr_str(builtins, "staticmethod", Value::object(rt::g_class_types.staticmethod));
    rt::set_attr_str(builtins, "classmethod", Value::object(rt::g_class_types.classmethod));
}

}  // namespace minipy::vm
