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

void init_tuple_type();

}  // namespace minipy::rt
