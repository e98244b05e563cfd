// runtime/set_object.h: Python set and frozenset over the dict's HashTable
// (values unused), so both share one probing and resizing implementation.
#pragma once

#include "runtime/dict_object.h"

namespace minipy::rt {

struct SetObject : Object {
    HashTable table;
    explicit SetObject(TypeObject* t);
    void trace(Tracer& t) override { table.trace(t); }
    Result<void> add(Value key);
    Result<bool> contains(Value key) const;
    std::size_t size() const { return table.size(); }
};

Value make_set();
Value make_frozenset();
inline bool is_set_like(Value v) {
    return v.is_object() && (v.as_object()->type == g_types.set || v.as_object()->type == g_types.frozenset);
}

void init_set_type();

}  // namespace minipy::rt
