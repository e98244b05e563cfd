// runtime/dict_object.cpp: the compact hash table (CPython 3.6+'s layout:
// insertion-ordered entries plus an open-addressing index probed with
// CPython's perturbation), and on top of it dict, its views and iterators.
// Lookups with a str key never run user code: pointer, then cached hash,
// then bytes.
#include "runtime/dict_object.h"

#include <string>

#include "runtime/args.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/set_object.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy::rt {

namespace {

constexpr std::size_t kMinIndexSize = 8;
constexpr int kPerturbShift = 5;  // CPython's PERTURB_SHIFT

// hash(key), with the key types of hot lookups inline.
inline Result<std::int64_t> key_hash(Value key) {
    if (is_str(key)) return str_hash(key.as<StrObject>());
    if (key.is_small_int()) {
        std::int64_t i = key.as_small_int();
        return i == -1 ? -2 : i;
    }
    return hash(key);
}

}  // namespace

// ---- HashTable ----------------------------------------------------------------------

std::int64_t HashTable::probe_slot(std::int64_t hash, std::int64_t entry_index) const {
    std::size_t mask = m_index.size() - 1;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    while (m_index[i] != entry_index) {
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
    return static_cast<std::int64_t>(i);
}

std::int64_t HashTable::lookup_str(StrObject* key, std::int64_t hash, std::int64_t* slot) const {
    if (m_index.empty()) return -1;
    Value wanted = Value::object(key);
    std::size_t mask = m_index.size() - 1;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    for (;;) {
        std::int32_t ix = m_index[i];
        if (ix == kEmpty) return -1;
        if (ix >= 0) {
            const HashEntry& e = m_entries[static_cast<std::size_t>(ix)];
            if (e.key.is(wanted) || (e.hash == hash && is_str(e.key) && str_equal(e.key.as<StrObject>(), key))) {
                if (slot) *slot = static_cast<std::int64_t>(i);
                return ix;
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Result<std::int64_t> HashTable::lookup(Value key, std::int64_t hash, std::int64_t* slot) const {
    if (is_str(key)) return lookup_str(key.as<StrObject>(), hash, slot);
    for (;;) {  // restarts when a user __eq__ changed the table under us
        if (m_index.empty()) return std::int64_t{-1};
        std::size_t mask = m_index.size() - 1;
        auto perturb = static_cast<std::uint64_t>(hash);
        std::size_t i = static_cast<std::size_t>(hash) & mask;
        bool restart = false;
        for (;;) {
            std::int32_t ix = m_index[i];
            if (ix == kEmpty) return std::int64_t{-1};
            if (ix >= 0) {
                Value candidate = m_entries[static_cast<std::size_t>(ix)].key;
                bool found = candidate.is(key);
                if (!found && m_entries[static_cast<std::size_t>(ix)].hash == hash &&
                    !Value::both_small_ints(candidate, key)) {
                    std::uint64_t version = m_version;
                    // CPython compares the stored key first: startkey == key.
                    found = MINIPY_TRY(equal(candidate, key));
                    if (version != m_version) {
                        restart = true;
                        break;
                    }
                }
                if (found) {
                    if (slot) *slot = static_cast<std::int64_t>(i);
                    return std::int64_t{ix};
                }
            }
            perturb >>= kPerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
        if (!restart) return std::int64_t{-1};
    }
}

Result<std::int64_t> HashTable::find(Value key, std::int64_t hash) const { return lookup(key, hash, nullptr); }

void HashTable::bump_version() {
    static std::uint64_t counter = 0;
    m_version = ++counter;
}

std::int64_t HashTable::find_str_index(StrObject* key) const { return lookup_str(key, str_hash(key), nullptr); }

Value HashTable::find_str(StrObject* key) const {
    std::int64_t ix = lookup_str(key, str_hash(key), nullptr);
    return ix < 0 ? Value::null() : m_entries[static_cast<std::size_t>(ix)].value;
}

void HashTable::append(Value key, std::int64_t hash, Value value) {
    // Keep the index at most 2/3 full (CPython's USABLE_FRACTION), counting
    // dummies, so every probe sequence reaches an empty slot.
    if (m_index.empty() || (m_fill + 1) * 3 > m_index.size() * 2) rebuild(m_used + 1);
    m_entries.push_back(HashEntry{key, value, hash});
    m_index[static_cast<std::size_t>(probe_slot(hash, kEmpty))] = static_cast<std::int32_t>(m_entries.size() - 1);
    ++m_fill;
    ++m_used;
    bump_version();
}

void HashTable::rebuild(std::size_t min_capacity) {
    // Squeeze out the holes deletions left, keeping insertion order.
    if (m_entries.size() != m_used) {
        std::size_t out = 0;
        for (std::size_t i = 0; i < m_entries.size(); ++i)
            if (!m_entries[i].key.is_null()) m_entries[out++] = m_entries[i];
        m_entries.resize(out);
    }
    // CPython's GROWTH_RATE: room for three times the keys, so the table
    // can double before the next rebuild.
    std::size_t wanted = 3 * std::max(min_capacity, m_used);
    std::size_t size = kMinIndexSize;
    while (size < wanted) size <<= 1;
    m_index.assign(size, kEmpty);
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        m_index[static_cast<std::size_t>(probe_slot(m_entries[i].hash, kEmpty))] = static_cast<std::int32_t>(i);
    m_fill = m_used;
}

Result<void> HashTable::insert(Value key, std::int64_t hash, Value value) {
    std::int64_t ix = MINIPY_TRY(lookup(key, hash, nullptr));
    // An existing key keeps its original key object, as in CPython.
    if (ix >= 0) m_entries[static_cast<std::size_t>(ix)].value = value;
    else append(key, hash, value);
    return {};
}

void HashTable::insert_str(StrObject* key, Value value) {
    std::int64_t hash = str_hash(key);
    std::int64_t ix = lookup_str(key, hash, nullptr);
    if (ix >= 0) m_entries[static_cast<std::size_t>(ix)].value = value;
    else append(Value::object(key), hash, value);
}

Result<void> HashTable::remove(Value key, std::int64_t hash, bool& removed, Value* old_value) {
    std::int64_t slot = -1;
    std::int64_t ix = MINIPY_TRY(lookup(key, hash, &slot));
    removed = ix >= 0;
    if (!removed) return {};
    HashEntry& e = m_entries[static_cast<std::size_t>(ix)];
    if (old_value) *old_value = e.value;
    // The entry becomes a hole (skipped by iteration, squeezed out by the
    // next rebuild); its index slot a dummy that probing steps over.
    e.key = Value::null();
    e.value = Value::null();
    m_index[static_cast<std::size_t>(slot)] = kDummy;
    --m_used;
    bump_version();
    return {};
}

bool HashTable::pop_last(HashEntry& out) {
    // Trailing holes already have dummy slots, so they can simply go.
    while (!m_entries.empty() && m_entries.back().key.is_null()) m_entries.pop_back();
    if (m_entries.empty()) return false;
    out = m_entries.back();
    auto last = static_cast<std::int64_t>(m_entries.size() - 1);
    m_index[static_cast<std::size_t>(probe_slot(out.hash, last))] = kDummy;
    m_entries.pop_back();
    --m_used;
    bump_version();
    return true;
}

void HashTable::clear() {
    std::vector<HashEntry>().swap(m_entries);
    std::vector<std::int32_t>().swap(m_index);
    m_used = 0;
    m_fill = 0;
    bump_version();
}

// ---- DictObject ---------------------------------------------------------------------

DictObject::DictObject() : Object(g_types.dict) {}

Result<Value> DictObject::get(Value key) const {
    if (is_str(key)) {
        Value v = table.find_str(key.as<StrObject>());
        return v.is_null() ? Value::exhausted() : v;
    }
    std::int64_t h = MINIPY_TRY(key_hash(key));
    std::int64_t ix = MINIPY_TRY(table.find(key, h));
    return ix < 0 ? Value::exhausted() : table.entries()[static_cast<std::size_t>(ix)].value;
}

Result<void> DictObject::set(Value key, Value value) {
    if (is_str(key)) {
        table.insert_str(key.as<StrObject>(), value);
        return {};
    }
    std::int64_t h = MINIPY_TRY(key_hash(key));
    return table.insert(key, h, value);
}

void DictObject::set_str(StrObject* key, Value value) { table.insert_str(key, value); }

Value make_dict() { return Value::object(make<DictObject>()); }

namespace {

DictObject* as_dict(Value v) { return v.as<DictObject>(); }

// dict(iterable) / update(iterable): each item must be a pair.
Result<void> merge_pairs(DictObject* dict, Value iterable) {
    Root iterator(MINIPY_TRY(iter(iterable)));
    Root item;
    std::vector<Value> pair;
    RootVector keep(pair);
    for (std::size_t index = 0;; ++index) {
        item.set(MINIPY_TRY(next(iterator.get())));
        if (item.get().is_exhausted()) return {};
        pair.clear();
        Value it = item.get();
        if (is_tuple(it) || is_list(it)) {
            MINIPY_TRY(extend_values(pair, it));
        } else {
            bool iterable_item = false;
            for (TypeObject* t = type_of(it); t; t = t->base) iterable_item = iterable_item || t->slots.iter;
            if (!iterable_item)
                return raise_error(g_exc.TypeError, "cannot convert dictionary update sequence element #{} to a sequence",
                                   {std::to_string(index)});
            MINIPY_TRY(extend_values(pair, it));
        }
        if (pair.size() != 2)
            return raise_error(g_exc.ValueError, "dictionary update sequence element #{} has length {}; 2 is required",
                               {std::to_string(index), std::to_string(pair.size())});
        MINIPY_TRY(dict->set(pair[0], pair[1]));
        MINIPY_TRY(poll_breaker());
    }
}

// update(mapping) for a non-dict with keys(): d[k] = m[k] for k in m.keys().
Result<void> merge_mapping(DictObject* dict, Value mapping, Value keys_method) {
    Root keys(MINIPY_TRY(call0(keys_method)));
    Root iterator(MINIPY_TRY(iter(keys.get())));
    Root key;
    for (;;) {
        key.set(MINIPY_TRY(next(iterator.get())));
        if (key.get().is_exhausted()) return {};
        Value value = MINIPY_TRY(getitem(mapping, key.get()));
        MINIPY_TRY(dict->set(key.get(), value));
        MINIPY_TRY(poll_breaker());
    }
}

// dict.fromkeys(iterable, value=None): a class method in CPython; here a
// plain function in the type's dict, which `dict.fromkeys` and
// `d.fromkeys` both reach unbound (dict cannot be subclassed in minipy).
Result<Value> dict_fromkeys(Value, const CallArgs& args) {
    MINIPY_TRY(no_keywords(args, "fromkeys"));
    if (args.nargs < 1)
        return raise_error(g_exc.TypeError, "fromkeys expected at least 1 argument, got {}", {std::to_string(args.nargs)});
    if (args.nargs > 2)
        return raise_error(g_exc.TypeError, "fromkeys expected at most 2 arguments, got {}", {std::to_string(args.nargs)});
    Value value = args.nargs == 2 ? args[1] : Value::none();
    Root result(Value::object(make<DictObject>()));
    Root iterator(MINIPY_TRY(iter(args[0])));
    Root key;
    for (;;) {
        key.set(MINIPY_TRY(next(iterator.get())));
        if (key.get().is_exhausted()) return result.get();
        MINIPY_TRY(result.as<DictObject>()->set(key.get(), value));
        MINIPY_TRY(poll_breaker());
    }
}

// ---- the type's slots ---------------------------------------------------------

Result<Value> dict_repr(Value self) {
    auto* d = as_dict(self);
    if (d->size() == 0) return make_str("{}");
    ReprGuard guard(d);
    if (guard.failed()) return kError;
    if (guard.recursive()) return make_str("{...}");
    std::string out = "{";
    bool first = true;
    // By position, re-checking the bound: a __repr__ may change the dict.
    for (std::size_t i = 0; i < d->table.entries().size(); ++i) {
        HashEntry e = d->table.entries()[i];
        if (e.key.is_null()) continue;
        if (!first) out += ", ";
        first = false;
        Root value(e.value);  // the key's __repr__ may delete it from the dict
        MINIPY_TRY(append_repr(out, e.key));
        out += ": ";
        MINIPY_TRY(append_repr(out, value.get()));
    }
    out += '}';
    return make_str(out);
}

Result<std::int64_t> dict_hash(Value) { return raise_error(g_exc.TypeError, msg::kUnhashable, {"dict"}); }

// CPython's dict_equal: same size, and every key of [a] maps to an equal value in [b].
Result<bool> dicts_equal(DictObject* a, DictObject* b) {
    if (a->size() != b->size()) return false;
    for (std::size_t i = 0; i < a->table.entries().size(); ++i) {
        HashEntry e = a->table.entries()[i];
        if (e.key.is_null()) continue;
        Root key(e.key), value(e.value);
        Value other = MINIPY_TRY(b->get(e.key));
        if (other.is_exhausted()) return false;
        if (!value.get().is(other) && !MINIPY_TRY(equal(value.get(), other))) return false;
    }
    return true;
}

Result<Value> dict_compare(Value a, Value b, CompareOp op) {
    if (!is_dict(a) || !is_dict(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) return g_not_implemented;
    bool eq = MINIPY_TRY(dicts_equal(as_dict(a), as_dict(b)));
    return Value::boolean(eq == (op == CompareOp::Eq));
}

// CPython 3.9+: d1 | d2 is a merged copy, d1 |= x updates d1.
Result<Value> dict_binary(BinaryOp op, Value a, Value b) {
    if (op == BinaryOp::InplaceOr && is_dict(a)) {
        MINIPY_TRY(dict_merge(as_dict(a), b));
        return a;
    }
    if (static_cast<int>(op) % kBinaryOpCount != static_cast<int>(BinaryOp::Or) || !is_dict(a) || !is_dict(b))
        return g_not_implemented;
    Root result(make_dict());
    MINIPY_TRY(dict_merge(result.as<DictObject>(), a));
    MINIPY_TRY(dict_merge(result.as<DictObject>(), b));
    return result.get();
}

Result<std::int64_t> dict_len(Value self) { return static_cast<std::int64_t>(as_dict(self)->size()); }

Result<bool> dict_truthy(Value self) { return as_dict(self)->size() != 0; }

Result<Value> dict_getitem(Value self, Value key) {
    Value v = MINIPY_TRY(as_dict(self)->get(key));
    if (v.is_exhausted()) return raise_key_error(key);
    return v;
}

Result<void> dict_setitem(Value self, Value key, Value value) {
    auto* d = as_dict(self);
    if (!value.is_null()) return d->set(key, value);
    bool removed = false;
    std::int64_t h = MINIPY_TRY(key_hash(key));
    MINIPY_TRY(d->table.remove(key, h, removed));
    if (!removed) return raise_key_error(key);
    return {};
}

Result<bool> dict_contains(Value self, Value key) {
    return !MINIPY_TRY(as_dict(self)->get(key)).is_exhausted();
}

// ---- iterators and views --------------------------------------------------------

enum class DictPart { Keys, Values, Items };

struct DictIteratorObject : Object {
    DictObject* dict;  // null once exhausted
    DictPart part;
    std::size_t position = 0;
    std::size_t size_at_start;
    std::size_t remaining;
    DictIteratorObject(TypeObject* t, DictObject* d, DictPart p)
        : Object(t), dict(d), part(p), size_at_start(d->size()), remaining(d->size()) {}
    void trace(Tracer& t) override { t.mark(dict); }
};

struct DictViewObject : Object {
    DictObject* dict;
    DictPart part;
    DictViewObject(TypeObject* t, DictObject* d, DictPart p) : Object(t), dict(d), part(p) {}
    void trace(Tracer& t) override { t.mark(dict); }
};

TypeObject* iterator_type(DictPart part) {
    switch (part) {
        case DictPart::Keys: return g_types.dict_keyiterator;
        case DictPart::Values: return g_types.dict_valueiterator;
        case DictPart::Items: return g_types.dict_itemiterator;
    }
    return nullptr;
}

Value make_dict_iterator(DictObject* d, DictPart part) {
    return Value::object(make<DictIteratorObject>(iterator_type(part), d, part));
}

Result<Value> dict_iter(Value self) { return make_dict_iterator(as_dict(self), DictPart::Keys); }


// CPython 3.11's dictiter_iternext*: a size change is an error at once; a
// key swapped for another of the same count is caught when more entries
// turn up than the dict had.
Result<Value> dict_iterator_next(Value self) {
    auto* it = self.as<DictIteratorObject>();
    if (!it->dict) return Value::exhausted();
    const HashTable& table = it->dict->table;
    if (table.size() != it->size_at_start) {
        it->size_at_start = static_cast<std::size_t>(-1);  // keeps failing, as CPython's di_used = -1
        return raise_error(g_exc.RuntimeError, "dictionary changed size during iteration");
    }
    const auto& entries = table.entries();
    while (it->position < entries.size() && entries[it->position].key.is_null()) ++it->position;
    if (it->position >= entries.size()) {
        it->dict = nullptr;
        return Value::exhausted();
    }
    if (it->remaining == 0) {
        it->remaining = static_cast<std::size_t>(-1);
        return raise_error(g_exc.RuntimeError, "dictionary keys changed during iteration");
    }
    --it->remaining;
    const HashEntry& e = entries[it->position++];
    switch (it->part) {
        case DictPart::Keys: return e.key;
        case DictPart::Values: return e.value;
        case DictPart::Items: return make_tuple({e.key, e.value});
    }
    return Value::exhausted();
}

DictViewObject* as_view(Value v) { return v.as<DictViewObject>(); }

// Keys and items views behave as sets (CPython's PyDictViewSet_Check).
bool is_set_view(Value v) {
    return v.is_object() && (v.as_object()->type == g_types.dict_keys || v.as_object()->type == g_types.dict_items);
}

Result<Value> view_repr(Value self) {
    auto* v = as_view(self);
    ReprGuard guard(v);
    if (guard.failed()) return kError;
    if (guard.recursive()) return make_str("...");
    std::string out = v->type->name + "([";
    bool first = true;
    for (std::size_t i = 0; i < v->dict->table.entries().size(); ++i) {
        HashEntry e = v->dict->table.entries()[i];
        if (e.key.is_null()) continue;
        if (!first) out += ", ";
        first = false;
        Root key(e.key), value(e.value);
        switch (v->part) {
            case DictPart::Keys: MINIPY_TRY(append_repr(out, key.get())); break;
            case DictPart::Values: MINIPY_TRY(append_repr(out, value.get())); break;
            case DictPart::Items:
                out += '(';
                MINIPY_TRY(append_repr(out, key.get()));
                out += ", ";
                MINIPY_TRY(append_repr(out, value.get()));
                out += ')';
                break;
        }
    }
    out += "])";
    return make_str(out);
}

Result<std::int64_t> view_len(Value self) { return static_cast<std::int64_t>(as_view(self)->dict->size()); }

Result<Value> view_iter(Value self) { return make_dict_iterator(as_view(self)->dict, as_view(self)->part); }

Result<bool> view_contains(Value self, Value item) {
    auto* v = as_view(self);
    switch (v->part) {
        case DictPart::Keys: return !MINIPY_TRY(v->dict->get(item)).is_exhausted();
        case DictPart::Items: {
            // Only a (key, value) pair can be in an items view.
            if (!is_tuple(item) || item.as<TupleObject>()->size() != 2) return false;
            const auto& pair = item.as<TupleObject>()->items;
            Value found = MINIPY_TRY(v->dict->get(pair[0]));
            if (found.is_exhausted()) return false;
            return found.is(pair[1]) || MINIPY_TRY(equal(found, pair[1]));
        }
        case DictPart::Values:
            for (std::size_t i = 0; i < v->dict->table.entries().size(); ++i) {
                Value value = v->dict->table.entries()[i].value;
                if (v->dict->table.entries()[i].key.is_null()) continue;
                if (value.is(item) || MINIPY_TRY(equal(value, item))) return true;
            }
            return false;
    }
    return false;
}

// Every item [container] yields is in [other] (CPython's all_contained_in).
Result<bool> all_contained_in(Value container, Value other) {
    Root iterator(MINIPY_TRY(iter(container)));
    Root item;
    for (;;) {
        item.set(MINIPY_TRY(next(iterator.get())));
        if (item.get().is_exhausted()) return true;
        if (!MINIPY_TRY(contains(other, item.get()))) return false;
    }
}

// Keys and items views compare with sets and each other as sets do.
Result<Value> view_compare(Value a, Value b, CompareOp op) {
    if (!is_set_view(a) || !(is_set_like(b) || is_set_view(b))) return g_not_implemented;
    std::int64_t la = MINIPY_TRY(length(a)), lb = MINIPY_TRY(length(b));
    bool ok = false;
    switch (op) {
        case CompareOp::Eq:
        case CompareOp::Ne:
            if (la == lb) ok = MINIPY_TRY(all_contained_in(a, b));
            if (op == CompareOp::Ne) ok = !ok;
            break;
        case CompareOp::Lt: if (la < lb) ok = MINIPY_TRY(all_contained_in(a, b)); break;
        case CompareOp::Le: if (la <= lb) ok = MINIPY_TRY(all_contained_in(a, b)); break;
        case CompareOp::Gt: if (la > lb) ok = MINIPY_TRY(all_contained_in(b, a)); break;
        case CompareOp::Ge: if (la >= lb) ok = MINIPY_TRY(all_contained_in(b, a)); break;
    }
    return Value::boolean(ok);
}

// CPython's dictviews_and/or/sub/xor: the left operand becomes a new set
// (whichever side the view is on) and the right any iterable.
// CPython 3.11: ['a', 'z'] & {'a': 1}.keys() == {'a'}.
Result<Value> view_binary(BinaryOp op, Value a, Value b) {
    auto plain = static_cast<BinaryOp>(static_cast<int>(op) % kBinaryOpCount);
    if (plain != BinaryOp::And && plain != BinaryOp::Or && plain != BinaryOp::Subtract && plain != BinaryOp::Xor)
        return g_not_implemented;
    Root left(make_set());
    MINIPY_TRY(set_update(left.as<SetObject>(), a));
    Root right(b);
    if (!is_set_like(b)) {
        right.set(make_set());
        MINIPY_TRY(set_update(right.as<SetObject>(), b));
    }
    return binary_op(plain, left.get(), right.get());
}

Result<std::int64_t> view_hash(Value self) {
    return raise_error(g_exc.TypeError, msg::kUnhashable, {self.as_object()->type->name});
}

Value make_view(Value self, TypeObject* type, DictPart part) {
    return Value::object(make<DictViewObject>(type, as_dict(self), part));
}

// ---- methods ------------------------------------------------------------------------

Result<Value> dict_keys(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "dict.keys", 0, 0));
    return make_view(self, g_types.dict_keys, DictPart::Keys);
}

Result<Value> dict_values(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "dict.values", 0, 0));
    return make_view(self, g_types.dict_values, DictPart::Values);
}

Result<Value> dict_items(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "dict.items", 0, 0));
    return make_view(self, g_types.dict_items, DictPart::Items);
}

Result<Value> dict_get(Value self, const CallArgs& args) {
    if (args.nargs < 1 || args.nargs > 2 || args.nkw() != 0) MINIPY_TRY(check_positional(args, "get", 1, 2));
    Value v = MINIPY_TRY(as_dict(self)->get(args[0]));
    if (!v.is_exhausted()) return v;
    return args.nargs == 2 ? args[1] : Value::none();
}

Result<Value> dict_setdefault(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "setdefault", 1, 2));
    auto* d = as_dict(self);
    Value v = MINIPY_TRY(d->get(args[0]));
    if (!v.is_exhausted()) return v;
    Value fallback = args.nargs == 2 ? args[1] : Value::none();
    MINIPY_TRY(d->set(args[0], fallback));
    return fallback;
}

Result<Value> dict_pop(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "pop", 1, 2));
    std::int64_t h = MINIPY_TRY(key_hash(args[0]));
    bool removed = false;
    Value old;
    MINIPY_TRY(as_dict(self)->table.remove(args[0], h, removed, &old));
    if (removed) return old;
    if (args.nargs == 2) return args[1];
    return raise_key_error(args[0]);
}

Result<Value> dict_popitem(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "dict.popitem", 0, 0));
    HashEntry e;
    // CPython 3.7+: LIFO order.
    if (!as_dict(self)->table.pop_last(e)) return raise_error(g_exc.KeyError, "popitem(): dictionary is empty");
    return make_tuple({e.key, e.value});
}

Result<Value> dict_update(Value self, const CallArgs& args) {
    if (args.nargs > 1)
        return raise_error(g_exc.TypeError, "update expected at most 1 argument, got {}", {std::to_string(args.nargs)});
    auto* d = as_dict(self);
    if (args.nargs == 1) MINIPY_TRY(dict_merge(d, args[0]));
    for (std::size_t k = 0; k < args.nkw(); ++k) MINIPY_TRY(d->set(args.kwnames->items[k], args.kwvalues()[k]));
    return Value::none();
}

Result<Value> dict_clear(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "dict.clear", 0, 0));
    as_dict(self)->table.clear();
    return Value::none();
}

Result<Value> dict_copy(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "dict.copy", 0, 0));
    Value copy = make_dict();
    // The table copies as is: same order, same hashes, no user code.
    copy.as<DictObject>()->table = as_dict(self)->table;
    return copy;
}

TypeObject* make_iterator_type(const char* name) {
    TypeObject* t = make_builtin_type(name, nullptr);
    t->slots.iter = iter_self;
    t->slots.next = dict_iterator_next;
    return t;
}

TypeObject* make_view_type(const char* name, bool set_like) {
    TypeObject* t = make_builtin_type(name, nullptr);
    t->slots.repr = view_repr;
    t->slots.len = view_len;
    t->slots.iter = view_iter;
    t->slots.contains = view_contains;
    if (set_like) {
        t->slots.hash = view_hash;
        t->slots.compare = view_compare;
        t->slots.binary = view_binary;
    }
    return t;
}

}  // namespace

Result<void> dict_merge(DictObject* dict, Value source) {
    if (is_dict(source)) {
        auto* from = as_dict(source);
        if (from == dict) return {};
        // By position with the bound re-read: inserting may run a user
        // __eq__ that changes [from].
        for (std::size_t i = 0; i < from->table.entries().size(); ++i) {
            HashEntry e = from->table.entries()[i];
            if (!e.key.is_null()) MINIPY_TRY(dict->table.insert(e.key, e.hash, e.value));
        }
        return {};
    }
    Root keys(MINIPY_TRY(getattr_or_null(source, intern("keys"))));
    if (!keys.get().is_exhausted()) return merge_mapping(dict, source, keys.get());
    return merge_pairs(dict, source);
}

void init_dict_type() {
    TypeSlots& s = g_types.dict->slots;
    s.repr = dict_repr;
    s.hash = dict_hash;
    s.compare = dict_compare;
    s.binary = dict_binary;
    s.len = dict_len;
    s.truthy = dict_truthy;
    s.getitem = dict_getitem;
    s.setitem = dict_setitem;
    s.contains = dict_contains;
    s.iter = dict_iter;
    // dict(...): construct is left to stdlib/builtins_types.cpp.
    TypeObject* t = g_types.dict;
    add_method(t, "keys", dict_keys);
    add_method(t, "values", dict_values);
    add_method(t, "items", dict_items);
    add_method(t, "get", dict_get);
    add_method(t, "setdefault", dict_setdefault);
    add_method(t, "pop", dict_pop);
    add_method(t, "popitem", dict_popitem);
    add_method(t, "update", dict_update);
    add_method(t, "clear", dict_clear);
    add_method(t, "copy", dict_copy);
    t->dict->set_str(intern("fromkeys"), make_native_function("fromkeys", dict_fromkeys));

    g_types.dict_keyiterator = make_iterator_type("dict_keyiterator");
    g_types.dict_valueiterator = make_iterator_type("dict_valueiterator");
    g_types.dict_itemiterator = make_iterator_type("dict_itemiterator");
    g_types.dict_keys = make_view_type("dict_keys", true);
    g_types.dict_values = make_view_type("dict_values", false);
    g_types.dict_items = make_view_type("dict_items", true);
}

}  // namespace minipy::rt
