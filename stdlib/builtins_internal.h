// stdlib/builtins_internal.h: what builtins.cpp, builtins_iter.cpp and
// builtins_types.cpp share, and nothing else should use: keyword-only
// argument binding and the set-up of the callable types.
#pragma once

#include <initializer_list>
#include <string_view>

#include "runtime/object.h"

namespace minipy::stdlib {

// Binds only the keyword arguments of [args] (for functions whose
// positional part is `*args`, such as print and max) to [names], writing
// one Value per name into [out] (null when absent). An unknown name raises
// "'x' is an invalid keyword argument for [fname]", as CPython does.
rt::Result<void> bind_keywords(const rt::CallArgs& args, std::string_view fname,
                               std::initializer_list<const char*> names, rt::Value* out);

// iter(callable, sentinel).
rt::Value make_callable_iterator(rt::Value callable, rt::Value sentinel);

// Makes the built-in types callable whose runtime file left
// slots.construct unset: int, float, bool, list, tuple, dict, set,
// frozenset, slice and type (builtins_types.cpp).
void init_type_constructors();

// Creates (if the runtime has not) and fills the types enumerate, zip, map,
// filter, reversed and callable_iterator, and range's slots.
void init_iterator_types();

}  // namespace minipy::stdlib
