// runtime/tuple_object.h: Python tuple, an immutable array of Values, and
// the small helpers that build one.
#pragma once

#include <initializer_list>
#include <span>
#include <vector>

#include "runtime/object.h"

namespace minipy::rt {

struct TupleObject : Object {
    std::vector<Value> items;
    explicit TupleObject(std::vector<Value> v);
    void trace(Tracer& t) override {
        for (Value v : items) t.mark(v);
    }
    std::size_t size() const { return items.size(); }
};

Value make_tuple(std::vector<Value> items);
Value make_tuple(std::initializer_list<Value> items);
// The shared empty tuple.
Value empty_tuple();
inline bool is_tuple(Value v) { return v.is_object() && v.as_object()->type == g_types.tuple; }

inline std::size_t CallArgs::nkw() const { return kwnames ? kwnames->size() : 0; }

// ---- shared by list and tuple (defined in tuple_object.cpp) ----
// CPython's list/tuple rich comparison: == on items up to the first unequal
// pair, which then decides with [op]. The vectors may change meanwhile
// (user __eq__), so they are re-read at every step.
Result<Value> compare_sequences(const std::vector<Value>& a, const std::vector<Value>& b, CompareOp op);
// The repeat count of `seq * [count]` for a sequence of [size] items:
// negative counts give 0; OverflowError/MemoryError as CPython's.
Result<std::size_t> repeat_count(Value count, std::size_t size);
// The other operand of `seq * x` when x is not an int: NotImplemented for a
// user class (its __rmul__ may apply), else CPython's TypeError.
Result<Value> non_int_repeat(Value other);
// seq.count(x) and seq.index(x[, start[, stop]]); index gives -1 when absent.
Result<std::int64_t> count_in(const std::vector<Value>& items, Value x);
Result<std::int64_t> index_in(const std::vector<Value>& items, const CallArgs& args, const char* fname);
// `seq[i]` for an int-like [key]: the position, or -1 when out of range.
// Non-ints raise "<what> indices must be integers or slices, not X".
Result<std::int64_t> sequence_index(Value key, std::size_t size, const char* what);

void init_tuple_type();

}  // namespace minipy::rt
