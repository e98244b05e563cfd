// vm/eval_helpers.h: what the eval loop's handlers call. The inline fast
// paths (small-int and float arithmetic, list indexing) return a null Value
// when they do not apply, and the handler then takes the generic protocol
// in runtime/ops.h. The out-of-line helpers keep handlers short (STYLE.md:
// a handler is about 15 lines; anything longer becomes a named function).
#pragma once

#include <cmath>
#include <cstdint>

#include "runtime/class_object.h"
#include "runtime/dict_object.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/object.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "vm/code_object.h"
#include "vm/frame.h"

namespace minipy::vm {

using rt::BinaryOp;
using rt::CompareOp;
using rt::Value;

// Python's floor division and modulo on int64 (CPython 3.11: -7 // 2 == -4, -7 % 2 == 1).
inline std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}
inline std::int64_t floor_mod(std::int64_t a, std::int64_t b) {
    std::int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

[[gnu::always_inline]] inline Value fast_int_op(BinaryOp op, std::int64_t a, std::int64_t b) {
    // 48-bit operands: sums and differences fit in int64, and products are
    // checked, so make_int's range test is the only overflow handling needed.
    switch (op) {
        case BinaryOp::Add: case BinaryOp::InplaceAdd: return rt::make_int(a + b);
        case BinaryOp::Subtract: case BinaryOp::InplaceSubtract: return rt::make_int(a - b);
        case BinaryOp::Multiply: case BinaryOp::InplaceMultiply: {
            std::int64_t r;
            if (__builtin_mul_overflow(a, b, &r)) return Value::null();
            return rt::make_int(r);
        }
        case BinaryOp::FloorDivide: case BinaryOp::InplaceFloorDivide:
            if (b == 0) return Value::null();
            return rt::make_int(floor_div(a, b));
        case BinaryOp::Remainder: case BinaryOp::InplaceRemainder:
            if (b == 0) return Value::null();
            return Value::small_int(floor_mod(a, b));
        case BinaryOp::And: case BinaryOp::InplaceAnd: return Value::small_int(a & b);
        case BinaryOp::Or: case BinaryOp::InplaceOr: return Value::small_int(a | b);
        case BinaryOp::Xor: case BinaryOp::InplaceXor: return Value::small_int(a ^ b);
        case BinaryOp::RShift: case BinaryOp::InplaceRShift:
            if (b < 0) return Value::null();
            return Value::small_int(a >> (b > 63 ? 63 : b));
        case BinaryOp::LShift: case BinaryOp::InplaceLShift:
            if (b < 0 || b > 16) return Value::null();
            return rt::make_int(a << b);
        default: return Value::null();
    }
}

[[gnu::always_inline]] inline Value fast_float_op(BinaryOp op, double a, double b) {
    switch (op) {
        case BinaryOp::Add: case BinaryOp::InplaceAdd: return Value::number(a + b);
        case BinaryOp::Subtract: case BinaryOp::InplaceSubtract: return Value::number(a - b);
        case BinaryOp::Multiply: case BinaryOp::InplaceMultiply: return Value::number(a * b);
        case BinaryOp::TrueDivide: case BinaryOp::InplaceTrueDivide:
            if (b == 0.0) return Value::null();
            return Value::number(a / b);
        default: return Value::null();
    }
}

// The result, or null to take the generic path (which also raises errors).
[[gnu::always_inline]] inline Value fast_binary_op(BinaryOp op, Value lhs, Value rhs) {
    if (Value::both_small_ints(lhs, rhs)) return fast_int_op(op, lhs.as_small_int(), rhs.as_small_int());
    if (lhs.is_double()) {
        if (rhs.is_double()) return fast_float_op(op, lhs.as_double(), rhs.as_double());
        if (rhs.is_small_int()) return fast_float_op(op, lhs.as_double(), static_cast<double>(rhs.as_small_int()));
    } else if (rhs.is_double() && lhs.is_small_int()) {
        return fast_float_op(op, static_cast<double>(lhs.as_small_int()), rhs.as_double());
    }
    return Value::null();
}

template <class T>
[[gnu::always_inline]] inline Value compare_scalars(CompareOp op, T a, T b) {
    switch (op) {
        case CompareOp::Lt: return Value::boolean(a < b);
        case CompareOp::Le: return Value::boolean(a <= b);
        case CompareOp::Eq: return Value::boolean(a == b);
        case CompareOp::Ne: return Value::boolean(a != b);
        case CompareOp::Gt: return Value::boolean(a > b);
        case CompareOp::Ge: return Value::boolean(a >= b);
    }
    return Value::null();
}

[[gnu::always_inline]] inline Value fast_compare(CompareOp op, Value lhs, Value rhs) {
    if (Value::both_small_ints(lhs, rhs)) return compare_scalars(op, lhs.as_small_int(), rhs.as_small_int());
    if (lhs.is_double() && rhs.is_double()) return compare_scalars(op, lhs.as_double(), rhs.as_double());
    return Value::null();
}

[[gnu::always_inline]] inline Value fast_subscript(Value container, Value key) {
    if (!key.is_small_int()) return Value::null();
    const std::vector<Value>* items;
    if (rt::is_list(container)) items = &container.as<rt::ListObject>()->items;
    else if (rt::is_tuple(container)) items = &container.as<rt::TupleObject>()->items;
    else return Value::null();
    std::int64_t i = key.as_small_int();
    if (i < 0) i += static_cast<std::int64_t>(items->size());
    if (i >= 0 && i < static_cast<std::int64_t>(items->size())) return (*items)[static_cast<std::size_t>(i)];
    return Value::null();
}

[[gnu::always_inline]] inline bool fast_store_subscript(Value container, Value key, Value value) {
    if (key.is_small_int() && rt::is_list(container)) {
        auto& items = container.as<rt::ListObject>()->items;
        std::int64_t i = key.as_small_int();
        if (i < 0) i += static_cast<std::int64_t>(items.size());
        if (i >= 0 && i < static_cast<std::int64_t>(items.size())) {
            items[static_cast<std::size_t>(i)] = value;
            return true;
        }
    }
    return false;
}

// LOAD_GLOBAL's fast path: the value the cache points at, or null.
[[gnu::always_inline]] inline Value cached_global(const GlobalCacheEntry& c, const rt::DictObject* globals,
                                                  const rt::DictObject* builtins) {
    if (c.globals != globals || c.globals_version != globals->table.version()) return Value::null();
    if (!c.builtins) return globals->table.entries()[static_cast<std::size_t>(c.index)].value;
    if (c.builtins != builtins || c.builtins_version != builtins->table.version()) return Value::null();
    return builtins->table.entries()[static_cast<std::size_t>(c.index)].value;
}
// LOAD_GLOBAL's slow path: looks [name] up, refills [cache]; null after
// raising NameError.
Value load_global(GlobalCacheEntry& cache, const rt::DictObject* globals, const rt::DictObject* builtins,
                  rt::StrObject* name);

// The instance-dict entry LOAD_ATTR / STORE_ATTR's cache points at for
// `obj.name`, or null on a miss (another type, the name moved or gone).
[[gnu::always_inline]] inline rt::HashEntry* cached_attr_entry(const AttrCacheEntry& c, Value obj, rt::StrObject* name) {
    if (!obj.is_object() || obj.as_object()->type != c.type) return nullptr;
    rt::DictObject* dict = rt::plain_instance_dict(obj);
    if (!dict) return nullptr;
    auto& entries = dict->table.entries();
    if (c.index >= entries.size() || !entries[c.index].key.is(Value::object(name))) return nullptr;
    return &entries[c.index];
}
// After a slow attribute access: remembers where `obj.name` lives, if it
// is an entry of a plain instance dict.
void remember_attr(AttrCacheEntry& cache, Value obj, rt::StrObject* name);

void raise_unbound_local(CodeObject* code, std::uint32_t slot);
void raise_unbound_deref(CodeObject* code, std::uint32_t slot);
rt::Result<Value> load_name(Frame* frame, rt::StrObject* name);
// A class body reading a variable of an enclosing function: the class
// namespace first (it may shadow it), then the cell in slot [slot].
rt::Result<Value> load_classderef(Frame* frame, std::uint32_t slot);
rt::Result<void> delete_name(rt::DictObject* namespace_dict, rt::StrObject* name);
rt::Result<Value> build_set(const Value* items, std::uint32_t n);
rt::Result<Value> build_map(const Value* items, std::uint32_t pairs);
rt::Result<Value> build_const_key_map(const Value* values, std::uint32_t n);
rt::Result<void> list_extend(Value list, Value iterable);
rt::Result<void> set_update(Value set, Value iterable);
// `**mapping` into a call's kwargs ([merge]: duplicate keys are an error
// naming [callable]) or into a dict display.
rt::Result<void> dict_update(Value dict, Value mapping, bool merge, Value callable);
// FORMAT_VALUE: the value (and spec when flags & 4) are at the top of [sp].
rt::Result<Value> format_value_op(Value* sp, std::uint32_t flags);
// Replaces the sequence at sp[-1] by its items, first item on top; with
// [starred], `before` items, a list of the middle, then `after` items.
rt::Result<void> unpack_sequence(Value* sp, std::uint32_t before, std::uint32_t after, bool starred);
rt::Result<Value> call_with_unpacked(Value callable, Value args_tuple, Value kwargs);
// RAISE_VARARGS: sets the pending exception from the operands on the stack.
void raise_varargs(Value* sp, std::uint32_t argc);
rt::Result<bool> exception_matches_type(Value exc, Value type);
// BEFORE_WITH: replaces the manager at sp[-1] by its bound __exit__ and
// pushes what __enter__() returned (the caller bumps sp).
rt::Result<void> before_with(Value* sp);
// WITH_EXCEPT_START: calls exit (at sp[-3]) with the exception at sp[-1].
rt::Result<Value> with_except_start(Value* sp);
rt::Result<Value> import_name(Frame* frame, rt::StrObject* name, Value fromlist, Value level);
rt::Result<Value> import_from(Value module, rt::StrObject* name);
rt::Result<void> print_expr(Frame* frame, Value v);
// Appends this frame's current line to the pending exception's traceback
// (and chains the exception being handled as its __context__ when new).
void record_traceback(Frame* frame);
// Only the traceback part: for an exception thrown into a generator, which
// CPython chains with the generator's own handled exception alone
// (vm/generator.cpp), not with the consumer's.
void add_traceback_entry(Frame* frame);
const ExceptionTableEntry* find_handler(const CodeObject* code, int lasti);

}  // namespace minipy::vm
