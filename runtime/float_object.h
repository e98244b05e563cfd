// runtime/float_object.h: Python float. Floats live inside the Value word
// (NaN-boxed), so this file only holds the operations: arithmetic with
// CPython's floor/modulo rules, comparison with ints, and the shortest repr.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy::rt {

// CPython's repr(float): the shortest string that round-trips, in
// scientific notation below 1e-4 and from 1e16 up, with ".0" for integers.
std::string float_repr(double d);
// Arithmetic where one operand is a float and the other a float or int-like.
Result<Value> float_binary(BinaryOp op, Value a, Value b);
std::int64_t float_hash(double d);
// Parses like float(text): whitespace, sign, inf/nan/infinity, underscores.
Result<Value> float_from_string(std::string_view text);
// Converts an int or float Value to double (OverflowError for huge ints).
Result<double> to_double(Value v);
// `[i] op [d]` for an int-like [i], compared exactly as CPython does (no
// rounding of [i] to double: 2**53 + 1 > float(2**53)); NaN is unordered.
// Implemented in int_object.cpp; both int and float compare slots use it.
bool compare_int_float(Value i, double d, CompareOp op);
// The builtin round(x, ndigits) for ints and floats: half-even on the exact
// value (CPython 3.11: round(2.675, 2) == 2.67); a null or None [ndigits]
// returns an int. Other types raise "type X doesn't define __round__ method".
Result<Value> round_value(Value x, Value ndigits);

void init_float_type();

}  // namespace minipy::rt
