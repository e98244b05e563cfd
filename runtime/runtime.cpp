// runtime/runtime.cpp: start-up of the object model, in dependency order:
// type/object first (they refer to each other), then every built-in type
// object, then the slots and methods each type's file fills in.
#include "runtime/runtime.h"

#include <cstdlib>

#include "runtime/class_object.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/set_object.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy::rt {

void init_type_types();
void init_bytes_type();

namespace {

Result<Value> none_repr(Value) { return make_str("None"); }
Result<Value> not_implemented_repr(Value) { return make_str("NotImplemented"); }
Result<Value> ellipsis_repr(Value) { return make_str("Ellipsis"); }

}  // namespace

void init_runtime() {
    static bool done = false;
    if (done) return;
    done = true;
    // The VM attaches its main-thread state (a VmThread) before this.
    if (!g_thread) std::abort();
    init_type_types();
    auto& t = g_types;
    // The dict type must exist before make_builtin_type gives types a dict;
    // `type` and `object` received theirs by hand in init_type_types.
    t.dict = make_builtin_type("dict", t.object);
    for (TypeObject* early : {t.type, t.object, t.dict}) early->dict->type = t.dict;
    t.str = make_builtin_type("str", t.object);
    t.none = make_builtin_type("NoneType", t.object);
    t.not_implemented = make_builtin_type("NotImplementedType", t.object);
    t.ellipsis = make_builtin_type("ellipsis", t.object);
    t.int_ = make_builtin_type("int", t.object);
    t.bool_ = make_builtin_type("bool", t.int_);
    t.float_ = make_builtin_type("float", t.object);
    t.bytes = make_builtin_type("bytes", t.object);
    t.list = make_builtin_type("list", t.object);
    t.tuple = make_builtin_type("tuple", t.object);
    t.set = make_builtin_type("set", t.object);
    t.frozenset = make_builtin_type("frozenset", t.object);
    t.range = make_builtin_type("range", t.object);
    t.slice = make_builtin_type("slice", t.object);
    t.function = make_builtin_type("function", t.object);
    t.builtin_function = make_builtin_type("builtin_function_or_method", t.object);
    t.method = make_builtin_type("method", t.object);
    t.module = make_builtin_type("module", t.object);
    t.code = make_builtin_type("code", t.object);
    t.cell = make_builtin_type("cell", t.object);
    t.traceback = make_builtin_type("traceback", t.object);
    t.frame = make_builtin_type("frame", t.object);

    t.none->slots.repr = none_repr;
    t.not_implemented->slots.repr = not_implemented_repr;
    t.ellipsis->slots.repr = ellipsis_repr;
    g_not_implemented = Value::object(make<Object>(t.not_implemented));
    g_ellipsis = Value::object(make<Object>(t.ellipsis));
    g_heap.add_permanent(g_not_implemented.as_object());
    g_heap.add_permanent(g_ellipsis.as_object());

    init_str_type();
    init_int_type();
    init_float_type();
    init_bytes_type();
    init_tuple_type();
    init_list_type();
    init_dict_type();
    init_set_type();
    init_misc_types();
    init_exception_types();
    init_class_types();
}

}  // namespace minipy::rt
