// runtime/int_object.h: Python ints. Values in [-2**47, 2**47) are small
// ints inside the Value word (runtime/value.h); larger ones are BigIntObjects
// holding a GMP integer. Every function here returns small ints whenever the
// result fits, which is the invariant `==` on small ints relies on.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy::rt {

struct BigIntObject : Object {
    mpz_t value;
    BigIntObject();
    ~BigIntObject() override;
};

// An int Value for an int64 outside the small range (a BigInt).
Value make_big_int(std::int64_t i);
// An int Value for any int64 (small when it fits).
inline Value make_int(std::int64_t i) { return Value::fits_small(i) ? Value::small_int(i) : make_big_int(i); }
// An int Value for a GMP integer (small when it fits); [z] is only read.
Value make_int(mpz_srcptr z);

// True for int, bool (a subclass of int) and BigInt values.
inline bool is_int(Value v) {
    if (v.is_small_int() || v.is_bool()) return true;
    return v.is_object() && type_of(v) == g_types.int_;
}
bool is_big_int(Value v);
// Copies any int-like Value (small, bool, big) into [out] (initialised by the caller).
void int_to_mpz(Value v, mpz_t out);
// Fits an int-like Value into an int64; false if it does not fit.
bool int_to_int64(Value v, std::int64_t& out);
// Converts to float, raising OverflowError("int too large to convert to float").
Result<double> int_to_double(Value v);

// Arithmetic on two int-likes; returns NotImplemented for operators ints do
// not define (MatMul) and raises ZeroDivisionError/ValueError as CPython.
Result<Value> int_binary(BinaryOp op, Value a, Value b);
Result<Value> int_unary(UnaryOp op, Value v);
// -1, 0 or 1.
int int_compare(Value a, Value b);
std::int64_t int_hash(Value v);
std::string int_to_string(Value v, int base = 10);
// Parses like int(text, base): strips whitespace, accepts a sign, `_`
// between digits and the 0x/0o/0b prefix for base 0 or the matching base.
// Raises ValueError("invalid literal for int() with base N: 'text'").
Result<Value> int_from_string(std::string_view text, int base);
// True if [d] (finite) converts; raises for inf/nan as int(float) does.
Result<Value> int_from_double(double d);

void init_int_type();

}  // namespace minipy::rt
