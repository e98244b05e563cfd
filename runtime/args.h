// runtime/args.h: binding a native function's CallArgs to named parameters,
// with CPython's messages for missing, surplus and unknown arguments.
#pragma once

#include <initializer_list>
#include <string_view>

#include "runtime/object.h"

namespace minipy::rt {

// Binds [args] to [names] (positional-or-keyword, in order) writing one
// Value per name into [out] (null when not given). The first [required]
// names must be given. [fname] is used in error messages: "split()".
Result<void> bind_args(const CallArgs& args, std::string_view fname,
                       std::initializer_list<const char*> names, std::size_t required, Value* out);
// For functions that take only positional arguments: checks the count.
Result<void> check_positional(const CallArgs& args, std::string_view fname, std::size_t min, std::size_t max);
// Rejects any keyword argument: "f() takes no keyword arguments".
Result<void> no_keywords(const CallArgs& args, std::string_view fname);

}  // namespace minipy::rt
