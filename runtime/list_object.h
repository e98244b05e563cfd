// runtime/list_object.h: Python list, a growable array of Values.
#pragma once

#include <vector>

#include "runtime/object.h"

namespace minipy::rt {

struct ListObject : Object {
    std::vector<Value> items;
    explicit ListObject(std::vector<Value> v = {});
    void trace(Tracer& t) override {
        for (Value v : items) t.mark(v);
    }
};

Value make_list(std::vector<Value> items = {});
inline bool is_list(Value v) { return v.is_object() && v.as_object()->type == g_types.list; }
// list.sort(key=, reverse=) on a vector, stable; polls the eval breaker.
Result<void> sort_values(std::vector<Value>& items, Value key, bool reverse);

void init_list_type();

}  // namespace minipy::rt
