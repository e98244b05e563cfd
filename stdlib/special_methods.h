// stdlib/special_methods.h: how native builtins reach the dunder methods of
// user classes (abs() -> __abs__, math.floor() -> __floor__, int() ->
// __int__, ...). Built-in types answer through their slots instead, so
// only user classes are asked.
#pragma once

#include <string_view>

#include "runtime/ops.h"
#include "runtime/str_object.h"

namespace minipy::stdlib {

// True if [type] is a user class that defines or inherits method [name].
inline bool user_type_defines(rt::TypeObject* type, std::string_view name) {
    return !type->is_builtin && !rt::type_lookup(type, rt::intern(name)).is_null();
}

// Calls method [name] of [obj] with no arguments if [obj]'s class is a
// user class defining it; otherwise returns the exhausted marker.
inline rt::Result<rt::Value> call_special(rt::Value obj, std::string_view name) {
    if (!user_type_defines(rt::type_of(obj), name)) return rt::Value::exhausted();
    return rt::call_method0(obj, name);
}

}  // namespace minipy::stdlib
