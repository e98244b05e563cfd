// runtime/list_object.h: Python list, a growable array of Values.
#pragma once

#include <string>
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
// [key] may be null or None. [items] is rooted while user code runs.
Result<void> sort_values(std::vector<Value>& items, Value key, bool reverse);
// Appends every item of [iterable] to [out] (list.extend's loop). Lists and
// tuples are copied as a snapshot, so `l.extend(l)` ends; [out] is rooted
// while the iteration may run user code.
Result<void> extend_values(std::vector<Value>& out, Value iterable);
// The loop of extend_values over an iterator already made.
Result<void> extend_from_iterator(std::vector<Value>& out, Value iterator);

// Appends repr([v]) to [out]; small ints, floats and strs without a
// temporary str object (containers print their items with this).
Result<void> append_repr(std::string& out, Value v);

// CPython's Py_ReprEnter/Py_ReprLeave for the reprs of containers: marks
// [o] as being printed for the guard's lifetime. recursive() means [o] is
// already being printed further up (print "[...]"); failed() means the
// nesting passed the recursion limit and RecursionError is now pending.
class ReprGuard {
public:
    explicit ReprGuard(Object* o);
    ~ReprGuard();
    ReprGuard(const ReprGuard&) = delete;
    ReprGuard& operator=(const ReprGuard&) = delete;
    bool recursive() const { return m_state == State::Recursive; }
    bool failed() const { return m_state == State::Failed; }

private:
    enum class State { Entered, Recursive, Failed };
    State m_state;
};

void init_list_type();

}  // namespace minipy::rt
