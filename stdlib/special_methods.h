// stdlib/special_methods.h: how native builtins reach the dunder methods of
// user classes (abs() -> __abs__, math.floor() -> __floor__, int() ->
// __int__, ...). Built-in types answer through their slots instead, so
// only user classes are asked (and the signal module's enums, see below).
#pragma once

#include <string_view>

#include "runtime/class_object.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"

namespace minipy::stdlib {

// True if [type] is a user class that defines or inherits method [name].
// Built-in types answer through slots, except that one may define the
// integer conversions in its dict: the enum members of the signal module
// (Signals, Handlers) do, and no other built-in type defines these names.
inline bool user_type_defines(rt::TypeObject* type, std::string_view name) {
    if (!type->is_builtin) return !rt::user_dunder(type, rt::intern(name)).is_null();
    if (name != "__index__" && name != "__int__") return false;
    return !type->dict->get_str(rt::intern(name)).is_null();
}

// Calls method [name] of [obj] with no arguments if [obj]'s class is a
// user class defining it; otherwise returns the exhausted marker.
inline rt::Result<rt::Value> call_special(rt::Value obj, std::string_view name) {
    if (!user_type_defines(rt::type_of(obj), name)) return rt::Value::exhausted();
    return rt::call_method0(obj, name);
}

// [x] as an int Value where Python wants an integer (bin, chr, math.gcd):
// an int or bool (as 0/1), or what a user class's __index__ returns;
// TypeError "'float' object cannot be interpreted as an integer" otherwise.
inline rt::Result<rt::Value> index_value(rt::Value x) {
    if (x.is_bool()) return rt::Value::small_int(x.is_true() ? 1 : 0);
    if (rt::is_int(x)) return x;
    rt::Value r = MINIPY_TRY(call_special(x, "__index__"));
    if (rt::is_int(r)) return index_value(r);
    return rt::raise_error(rt::g_exc.TypeError, "'{}' object cannot be interpreted as an integer",
                           {rt::type_name(x)});
}

}  // namespace minipy::stdlib
