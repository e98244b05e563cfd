// runtime/ops.h: the object protocols. Every operation the VM or a built-in
// performs on a value of unknown type goes through one of these functions,
// which dispatch on the type's slots (and, for binary operators and
// comparisons, try the reflected slot of the right operand as CPython does).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy::rt {

std::string_view type_name(Value v);

// repr()/str() as StrObject Values.
Result<Value> repr(Value v);
Result<Value> str(Value v);
// The same as std::string, for C++ callers building messages.
Result<std::string> repr_string(Value v);
Result<std::string> str_string(Value v);

Result<std::int64_t> hash(Value v);
Result<bool> truthy(Value v);
Result<bool> equal(Value a, Value b);
// Rich comparison; returns the resulting object (usually a bool).
Result<Value> compare(Value a, Value b, CompareOp op);
Result<bool> compare_bool(Value a, Value b, CompareOp op);
Result<Value> binary_op(BinaryOp op, Value a, Value b);
Result<Value> unary_op(UnaryOp op, Value v);
// `item in container`.
Result<bool> contains(Value container, Value item);

Result<std::int64_t> length(Value v);
Result<Value> getitem(Value container, Value key);
Result<void> setitem(Value container, Value key, Value value);
Result<void> delitem(Value container, Value key);

Result<Value> getattr(Value obj, StrObject* name);
// The lookup a type without a getattr slot gets: methods of its type
// (bound) and class attributes; what a getattr slot falls back to.
Result<Value> generic_getattr(Value obj, StrObject* name);
// [attr] found on the type of [self]: a method of a built-in type comes back
// bound to [self]; anything else as it is.
Value bind_builtin_method(Value attr, Value self);
// Like getattr, but an AttributeError becomes Value::exhausted() (hasattr,
// getattr with a default).
Result<Value> getattr_or_null(Value obj, StrObject* name);
Result<void> setattr(Value obj, StrObject* name, Value value);
Result<void> delattr(Value obj, StrObject* name);
// Looks [name] up on the type for a method call; sets [unbound] when the
// result must be called with obj prepended (avoids a bound-method object).
Result<Value> lookup_method(Value obj, StrObject* name, bool& unbound);
// The attribute of [type] (walking bases), or null.
Value type_lookup(TypeObject* type, StrObject* name);

Result<Value> iter(Value v);
// The iter slot of every iterator type: an iterator is its own iterator.
Result<Value> iter_self(Value self);
// The next item, or Value::exhausted() at the end.
Result<Value> next(Value iterator);

// callable(): a type with a call slot, or a Python class with __call__.
bool is_callable(Value v);
Result<Value> call(Value callable, const CallArgs& args);
Result<Value> call0(Value callable);
Result<Value> call1(Value callable, Value a);
Result<Value> call2(Value callable, Value a, Value b);
Result<Value> call_method0(Value obj, std::string_view name);

// Index conversion as __index__: ints and bools; TypeError otherwise.
Result<std::int64_t> as_index(Value v, std::string_view what);
// Clamped/normalised sequence index; false if out of range.
bool normalize_index(std::int64_t& index, std::int64_t length);

// Checks that every value of a native loop's iteration may go on: polls
// the eval breaker every few thousand calls (see DESIGN.md, native loops).
Result<void> poll_breaker();
// The same check at once, for loops whose every step is long (a copy of
// megabytes).
Result<void> poll_breaker_now();
// Installed by the VM: services pending signals and calls (never the GC,
// which is unsafe while native code holds unrooted values).
void set_native_breaker_service(Result<void> (*fn)());

}  // namespace minipy::rt
