// runtime/set_object.h: Python set and frozenset.
//
// Unlike dict, a CPython set is not insertion ordered: it iterates in hash
// table slot order, so print({3, 1, 2}) shows {1, 2, 3}. Programs print
// sets of ints all the time, so SetTable keeps CPython 3.11's table slot for
// slot (Objects/setobject.c: 8 slots minimum, 9 linear probes before
// perturbation, resizing at 3/5 full, dummies). For keys whose hashes match
// CPython's (ints, floats, bools, tuples of those) the order matches too;
// str hashes differ, but CPython randomises those per process anyway.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/object.h"

namespace minipy::rt {

// An unused slot has a null key and hash 0; a dummy (a removed key, which
// probing must step over) has a null key and hash -1, which no real hash is.
struct SetEntry {
    Value key;
    std::int64_t hash = 0;
    bool is_live() const { return !key.is_null(); }
};

class SetTable {
public:
    SetTable();
    // Fails only if a key's __eq__ raises.
    Result<bool> contains(Value key, std::int64_t hash) const;
    Result<void> add(Value key, std::int64_t hash);
    // Removes [key] if present; [removed] says whether it was.
    Result<void> discard(Value key, std::int64_t hash, bool& removed);
    // Removes the entry set.pop() would; false when empty.
    bool pop(SetEntry& out);
    void clear();
    // Adds every key of [other] (CPython's set_merge: into an empty table
    // this copies slot order, which set.copy() and `a | b` rely on).
    Result<void> merge(const SetTable& other);

    std::size_t size() const { return m_used; }
    // Slots in iteration order; skip the ones that are not live.
    const std::vector<SetEntry>& slots() const { return m_slots; }
    // Bumped when a key is added or removed, so iterators can raise
    // "Set changed size during iteration".
    std::uint64_t version() const { return m_version; }
    void trace(Tracer& t) const {
        for (const SetEntry& e : m_slots) t.mark(e.key);
    }
    // Grows to hold [expected] more keys before a bulk insertion, as
    // CPython's set_merge does (it changes the resulting order).
    void reserve_for(std::size_t expected);
    // After bulk removals: drops dummies when more than 1/4 of the slots hold them.
    void compact_if_sparse();

private:
    Result<std::int64_t> lookup(Value key, std::int64_t hash) const;  // slot or -1
    void insert_clean(Value key, std::int64_t hash);
    void resize(std::size_t min_used);

    std::vector<SetEntry> m_slots;
    std::size_t m_fill = 0;  // live + dummy slots
    std::size_t m_used = 0;  // live slots
    std::size_t m_finger = 0;  // where set.pop() resumes its scan
    std::uint64_t m_version = 0;
};

struct SetObject : Object {
    SetTable table;
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
// set.update(iterable) on [set]: CPython's set_update_internal, including its
// one-resize bulk paths for sets and dicts (which decide iteration order).
Result<void> set_update(SetObject* set, Value iterable);

void init_set_type();

}  // namespace minipy::rt
