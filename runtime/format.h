// runtime/format.h: text formatting shared by format(), f-strings,
// str.format and the `%` operator: CPython's format-spec mini-language
// ("{:>10,.2f}"), the replacement-field syntax of str.format, and printf-style
// `%` formatting. Messages are CPython 3.11's, word for word.
#pragma once

#include <string_view>

#include "runtime/object.h"

namespace minipy::rt {

// format(v, spec): str, int, bool and float follow the mini-language; an
// instance of a user class defining __format__ gets it called; anything
// else accepts only the empty spec (str(v)), as object.__format__ does.
Result<Value> format_value(Value v, std::string_view spec);

// The `!r` / `!s` / `!a` conversion of a replacement field or f-string.
// [conversion] is 'r', 's' or 'a'; anything else raises CPython's
// "Unknown conversion specifier" ValueError.
Result<Value> convert_value(Value v, char32_t conversion);

// `fmt % args` for a str [fmt]: %s %r %a %d %i %u %o %x %X %e %E %f %F
// %g %G %c %%, flags `-+ 0#`, width and precision (also `*`), and
// `%(key)s` lookups when [args] is a mapping.
Result<Value> percent_format(std::string_view fmt, Value args);

// str.format and str.format_map, registered by add_str_methods. Fields
// support auto and manual numbering, keyword names, `.attr` and `[key]`
// lookups, conversions, and nested `{}` inside the format spec.
Result<Value> str_format_method(Value self, const CallArgs& args);
Result<Value> str_format_map_method(Value self, const CallArgs& args);

}  // namespace minipy::rt
