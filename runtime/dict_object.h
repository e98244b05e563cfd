// runtime/dict_object.h: Python dict (insertion ordered) and the hash table
// it shares with set/frozenset.
//
// The layout is CPython 3.6's compact dict: entries in insertion order in one
// vector, and a sparse open-addressing index of entry positions. Deleting
// leaves a hole (a null key) that the next resize squeezes out; iteration
// walks the entries, so order is insertion order for free.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/object.h"

namespace minipy::rt {

struct HashEntry {
    Value key;  // null: deleted
    Value value;
    std::int64_t hash = 0;
};

class HashTable {
public:
    // Finds [key]; returns the entry index or -1. Fails if __eq__/__hash__ raise.
    Result<std::int64_t> find(Value key, std::int64_t hash) const;
    // Inserts or replaces.
    Result<void> insert(Value key, std::int64_t hash, Value value);
    // Removes [key] if present; [removed] says whether it was.
    Result<void> remove(Value key, std::int64_t hash, bool& removed, Value* old_value = nullptr);
    // Lookup by interned/identical str, which cannot fail: the fast path of
    // globals, builtins and attributes.
    Value find_str(StrObject* key) const;
    // The entry index of a str key, or -1: what LOAD_GLOBAL's cache keeps.
    std::int64_t find_str_index(StrObject* key) const;
    // Inserts or replaces a str key; cannot fail (no user __eq__ runs).
    void insert_str(StrObject* key, Value value);
    // Removes the last entry into [out] (dict.popitem()); false when empty.
    bool pop_last(HashEntry& out);
    void clear();

    std::size_t size() const { return m_used; }
    std::vector<HashEntry>& entries() { return m_entries; }
    const std::vector<HashEntry>& entries() const { return m_entries; }
    void trace(Tracer& t) const {
        for (const HashEntry& e : m_entries) {
            t.mark(e.key);
            t.mark(e.value);
        }
    }
    // Changes on every insertion of a new key or removal, so iterators can
    // raise "dictionary changed size during iteration". Versions come from
    // one process-wide counter, so (table, version) never repeats: while it
    // holds, every key keeps its entry index (LOAD_GLOBAL's cache relies on it).
    std::uint64_t version() const { return m_version; }

private:
    static constexpr std::int32_t kEmpty = -1;
    // A slot whose entry was removed: probing continues past it (CPython's DKIX_DUMMY).
    static constexpr std::int32_t kDummy = -2;

    // Entry index of [key] or -1; [slot] receives its index slot when found.
    Result<std::int64_t> lookup(Value key, std::int64_t hash, std::int64_t* slot) const;
    std::int64_t lookup_str(StrObject* key, std::int64_t hash, std::int64_t* slot) const;
    void append(Value key, std::int64_t hash, Value value);
    void rebuild(std::size_t min_capacity);
    // The index slot holding [entry_index], or the first empty slot on
    // [hash]'s probe sequence when [entry_index] is kEmpty.
    std::int64_t probe_slot(std::int64_t hash, std::int64_t entry_index) const;
    void bump_version();

    std::vector<HashEntry> m_entries;
    std::vector<std::int32_t> m_index;  // kEmpty, kDummy, or a position in m_entries
    std::size_t m_used = 0;
    std::size_t m_fill = 0;  // slots of m_index that are not kEmpty
    std::uint64_t m_version = 0;
};

struct DictObject : Object {
    HashTable table;
    DictObject();
    void trace(Tracer& t) override { table.trace(t); }

    // Returns Value::exhausted() when absent (a null Value inside
    // Result<Value> means "error"); fails only if __hash__/__eq__ raise.
    Result<Value> get(Value key) const;
    Result<void> set(Value key, Value value);
    Value get_str(StrObject* key) const { return table.find_str(key); }
    void set_str(StrObject* key, Value value);
    std::size_t size() const { return table.size(); }
};

Value make_dict();
inline bool is_dict(Value v) { return v.is_object() && v.as_object()->type == g_types.dict; }
// dict.update([source]) without keywords: [source] is a dict, a mapping
// (has keys()), or an iterable of pairs, with CPython's error messages.
Result<void> dict_merge(DictObject* dict, Value source);

void init_dict_type();

}  // namespace minipy::rt
