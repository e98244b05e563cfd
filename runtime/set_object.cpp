// runtime/set_object.cpp: set and frozenset on SetTable, a slot-for-slot
// copy of CPython 3.11's set table (Objects/setobject.c), so that sets of
// ints iterate and print in CPython's order. The set algebra follows
// CPython's algorithms too (which operand is copied, which is iterated,
// when the table is presized), since those decide the resulting order.
#include "runtime/set_object.h"

#include <string>
#include <utility>

#include "runtime/args.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy::rt {

namespace {

constexpr std::size_t kMinSize = 8;       // PySet_MINSIZE
constexpr std::size_t kLinearProbes = 9;  // LINEAR_PROBES
constexpr int kPerturbShift = 5;
constexpr std::int64_t kDummyHash = -1;

inline bool is_unused(const SetEntry& e) { return e.key.is_null() && e.hash == 0; }

// Equal keys as a set sees them, without user code for the common types.
// Returns 1 equal, 0 unequal, -1 "ask rt::equal".
inline int quick_equal(Value stored, Value key) {
    if (stored.is(key)) return 1;
    if (Value::both_small_ints(stored, key)) return 0;
    if (is_str(stored) && is_str(key)) return str_equal(stored.as<StrObject>(), key.as<StrObject>()) ? 1 : 0;
    return -1;
}

}  // namespace

// ---- SetTable -----------------------------------------------------------------------

SetTable::SetTable() : m_slots(kMinSize) {}

// CPython's set_lookkey: 9 linear probes, then perturbation; a user __eq__
// that changes the table restarts the search.
Result<std::int64_t> SetTable::lookup(Value key, std::int64_t hash) const {
restart:
    std::size_t mask = m_slots.size() - 1;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    for (;;) {
        std::size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (std::size_t j = i;; ++j) {
            const SetEntry& e = m_slots[j];
            if (is_unused(e)) return std::int64_t{-1};
            if (!e.key.is_null() && e.hash == hash) {
                int eq = quick_equal(e.key, key);
                if (eq < 0) {
                    std::uint64_t version = m_version;
                    eq = MINIPY_TRY(equal(e.key, key)) ? 1 : 0;
                    if (version != m_version) goto restart;
                }
                if (eq) return static_cast<std::int64_t>(j);
            }
            if (probes-- == 0) break;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

Result<bool> SetTable::contains(Value key, std::int64_t hash) const { return MINIPY_TRY(lookup(key, hash)) >= 0; }

// CPython's set_add_entry: the last dummy on the probe path is reused, an
// unused slot raises the fill, and 3/5 fill grows the table 4x (2x when big).
Result<void> SetTable::add(Value key, std::int64_t hash) {
restart:
    std::size_t mask = m_slots.size() - 1;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    std::int64_t free_slot = -1;
    std::size_t j = 0;
    for (;;) {
        std::size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (j = i;; ++j) {
            const SetEntry& e = m_slots[j];
            if (e.key.is_null()) {
                if (e.hash == 0) goto found_unused;
                // CPython 3.11 keeps the *last* dummy on the path, not the first.
                free_slot = static_cast<std::int64_t>(j);
            } else if (e.hash == hash) {
                int eq = quick_equal(e.key, key);
                if (eq < 0) {
                    std::uint64_t version = m_version;
                    eq = MINIPY_TRY(equal(e.key, key)) ? 1 : 0;
                    if (version != m_version) goto restart;
                }
                if (eq) return {};
            }
            if (probes-- == 0) break;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    ++m_version;
    ++m_used;
    if (free_slot >= 0) {
        m_slots[static_cast<std::size_t>(free_slot)] = SetEntry{key, hash};
        return {};
    }
    m_slots[j] = SetEntry{key, hash};
    ++m_fill;
    if (m_fill * 5 < mask * 3) return {};
    resize(m_used > 50000 ? m_used * 2 : m_used * 4);
    return {};
}

// CPython's set_insert_clean: into a table without dummies or equal keys.
void SetTable::insert_clean(Value key, std::int64_t hash) {
    std::size_t mask = m_slots.size() - 1;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    for (;;) {
        if (is_unused(m_slots[i])) {
            m_slots[i] = SetEntry{key, hash};
            return;
        }
        if (i + kLinearProbes <= mask) {
            for (std::size_t j = i + 1; j <= i + kLinearProbes; ++j) {
                if (is_unused(m_slots[j])) {
                    m_slots[j] = SetEntry{key, hash};
                    return;
                }
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// CPython's set_table_resize: the smallest power of two above [min_used],
// live keys re-inserted in the old slot order.
void SetTable::resize(std::size_t min_used) {
    std::size_t size = kMinSize;
    while (size <= min_used) size <<= 1;
    // A minimum-size table without dummies is left exactly as it is.
    if (size == kMinSize && m_slots.size() == kMinSize && m_fill == m_used) return;
    std::vector<SetEntry> old(size);
    old.swap(m_slots);
    m_fill = m_used;
    for (const SetEntry& e : old)
        if (e.is_live()) insert_clean(e.key, e.hash);
    ++m_version;
}

Result<void> SetTable::discard(Value key, std::int64_t hash, bool& removed) {
    std::int64_t slot = MINIPY_TRY(lookup(key, hash));
    removed = slot >= 0;
    if (!removed) return {};
    m_slots[static_cast<std::size_t>(slot)] = SetEntry{Value::null(), kDummyHash};
    --m_used;
    ++m_version;
    return {};
}

// CPython's set_pop: the first live slot from where the last pop stopped.
bool SetTable::pop(SetEntry& out) {
    if (m_used == 0) return false;
    std::size_t mask = m_slots.size() - 1;
    std::size_t i = m_finger & mask;
    while (!m_slots[i].is_live()) i = (i + 1) & mask;
    out = m_slots[i];
    m_slots[i] = SetEntry{Value::null(), kDummyHash};
    --m_used;
    m_finger = i + 1;
    ++m_version;
    return true;
}

void SetTable::clear() {
    std::vector<SetEntry>(kMinSize).swap(m_slots);
    m_fill = 0;
    m_used = 0;
    ++m_version;
}

void SetTable::reserve_for(std::size_t expected) {
    if ((m_fill + expected) * 5 >= (m_slots.size() - 1) * 3) resize((m_used + expected) * 2);
}

void SetTable::compact_if_sparse() {
    if (m_fill - m_used <= (m_slots.size() - 1) / 4) return;
    resize(m_used > 50000 ? m_used * 2 : m_used * 4);
}

// CPython's set_merge.
Result<void> SetTable::merge(const SetTable& other) {
    if (&other == this || other.m_used == 0) return {};
    reserve_for(other.m_used);
    if (m_fill == 0 && m_slots.size() == other.m_slots.size() && other.m_fill == other.m_used) {
        // Same size, no dummies: the copy is slot for slot.
        m_slots = other.m_slots;
        m_fill = other.m_fill;
        m_used = other.m_used;
        ++m_version;
        return {};
    }
    if (m_fill == 0) {
        m_fill = m_used = other.m_used;
        for (const SetEntry& e : other.m_slots)
            if (e.is_live()) insert_clean(e.key, e.hash);
        ++m_version;
        return {};
    }
    // By position, re-reading the bound: add() may run a user __eq__.
    for (std::size_t i = 0; i < other.m_slots.size(); ++i) {
        SetEntry e = other.m_slots[i];
        if (e.is_live()) MINIPY_TRY(add(e.key, e.hash));
    }
    return {};
}

// ---- SetObject ------------------------------------------------------------------------

namespace {

inline Result<std::int64_t> key_hash(Value key) {
    if (is_str(key)) return str_hash(key.as<StrObject>());
    if (key.is_small_int()) {
        std::int64_t i = key.as_small_int();
        return i == -1 ? -2 : i;
    }
    return hash(key);
}

SetObject* as_set(Value v) { return v.as<SetObject>(); }

// CPython's frozenset_hash: an order-independent mix of the entry hashes.
std::int64_t frozenset_hash_of(const SetObject* so) {
    auto shuffle = [](std::uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
    std::uint64_t h = 0;
    for (const SetEntry& e : so->table.slots())
        if (e.is_live()) h ^= shuffle(static_cast<std::uint64_t>(e.hash));
    h ^= (static_cast<std::uint64_t>(so->size()) + 1) * 1927868237ull;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923ull;
    if (h == static_cast<std::uint64_t>(-1)) h = 590923713ull;
    return static_cast<std::int64_t>(h);
}

// The hash used to look [key] up: a set (unhashable) is looked up as the
// frozenset with the same items, as CPython's set_contains/remove/discard do.
inline Result<std::int64_t> element_hash(Value key) {
    if (is_type(key, g_types.set)) return frozenset_hash_of(as_set(key));
    return key_hash(key);
}

// The type of a result built from [v]: frozenset stays frozenset.
TypeObject* base_type(Value v) {
    return type_of(v)->is_subtype_of(g_types.frozenset) ? g_types.frozenset : g_types.set;
}

Value new_set(TypeObject* type) { return Value::object(make<SetObject>(type)); }

Value copy_of(SetObject* so, TypeObject* type) {
    Value r = new_set(type);
    // Into an empty table merge never compares keys, so it cannot fail.
    (void)as_set(r)->table.merge(so->table);
    return r;
}

// A new set of [type] holding what [iterable] yields (make_new_set).
Result<Value> set_from(TypeObject* type, Value iterable) {
    Root r(new_set(type));
    MINIPY_TRY(set_update(as_set(r.get()), iterable));
    return r.get();
}

// Calls [body](key, hash) for each item of [iterable]; false stops early.
template <class Body>
Result<void> for_each_hashed(Value iterable, Body&& body) {
    if (is_set_like(iterable)) {
        const SetTable& t = as_set(iterable)->table;
        for (std::size_t i = 0; i < t.slots().size(); ++i) {
            SetEntry e = t.slots()[i];
            if (!e.is_live()) continue;
            Root key(e.key);
            if (!MINIPY_TRY(body(e.key, e.hash))) return {};
        }
        return {};
    }
    Root iterator(MINIPY_TRY(iter(iterable)));
    Root item;
    for (;;) {
        item.set(MINIPY_TRY(next(iterator.get())));
        if (item.get().is_exhausted()) return {};
        std::int64_t h = MINIPY_TRY(key_hash(item.get()));
        if (!MINIPY_TRY(body(item.get(), h))) return {};
        MINIPY_TRY(poll_breaker());
    }
}

// CPython's set_intersection.
Result<Value> intersection(SetObject* so, Value other) {
    Root result(new_set(so->type == g_types.frozenset ? g_types.frozenset : g_types.set));
    SetTable& out = as_set(result.get())->table;
    if (is_set_like(other)) {
        SetObject* large = so;
        SetObject* small = as_set(other);
        if (small == large) return copy_of(so, as_set(result.get())->type);
        // Iterate the smaller set, probe the larger.
        if (small->size() > large->size()) std::swap(small, large);
        MINIPY_TRY(for_each_hashed(Value::object(small), [&](Value key, std::int64_t h) -> Result<bool> {
            if (MINIPY_TRY(large->table.contains(key, h))) MINIPY_TRY(out.add(key, h));
            return true;
        }));
        return result.get();
    }
    MINIPY_TRY(for_each_hashed(other, [&](Value key, std::int64_t h) -> Result<bool> {
        if (MINIPY_TRY(so->table.contains(key, h))) MINIPY_TRY(out.add(key, h));
        return true;
    }));
    return result.get();
}

// CPython's set_difference_update_internal.
Result<void> difference_update(SetObject* so, Value other) {
    if (other.is(Value::object(so))) {
        so->table.clear();
        return {};
    }
    Root source(other);
    // Against a much larger set, only the common keys matter.
    if (is_set_like(other) && (as_set(other)->size() >> 3) > so->size())
        source.set(MINIPY_TRY(intersection(so, other)));
    MINIPY_TRY(for_each_hashed(source.get(), [&](Value key, std::int64_t h) -> Result<bool> {
        bool removed = false;
        MINIPY_TRY(so->table.discard(key, h, removed));
        return true;
    }));
    so->table.compact_if_sparse();
    return {};
}

// CPython's set_difference.
Result<Value> difference(SetObject* so, Value other) {
    std::size_t other_size = 0;
    if (is_set_like(other)) other_size = as_set(other)->size();
    else if (is_dict(other)) other_size = other.as<DictObject>()->size();
    TypeObject* type = so->type == g_types.frozenset ? g_types.frozenset : g_types.set;
    if ((!is_set_like(other) && !is_dict(other)) || (so->size() >> 2) > other_size) {
        Root result(copy_of(so, type));
        MINIPY_TRY(difference_update(as_set(result.get()), other));
        return result.get();
    }
    Root result(new_set(type));
    SetTable& out = as_set(result.get())->table;
    MINIPY_TRY(for_each_hashed(Value::object(so), [&](Value key, std::int64_t h) -> Result<bool> {
        bool present = is_dict(other) ? MINIPY_TRY(other.as<DictObject>()->table.find(key, h)) >= 0
                                      : MINIPY_TRY(as_set(other)->table.contains(key, h));
        if (!present) MINIPY_TRY(out.add(key, h));
        return true;
    }));
    return result.get();
}

// CPython's set_symmetric_difference_update.
Result<void> symmetric_difference_update(SetObject* so, Value other) {
    if (other.is(Value::object(so))) {
        so->table.clear();
        return {};
    }
    Root source(other);
    if (!is_set_like(other) && !is_dict(other)) source.set(MINIPY_TRY(set_from(base_type(Value::object(so)), other)));
    auto toggle = [&](Value key, std::int64_t h) -> Result<bool> {
        bool removed = false;
        MINIPY_TRY(so->table.discard(key, h, removed));
        if (!removed) MINIPY_TRY(so->table.add(key, h));
        return true;
    };
    if (is_dict(source.get())) {
        auto* d = source.get().as<DictObject>();
        for (std::size_t i = 0; i < d->table.entries().size(); ++i) {
            HashEntry e = d->table.entries()[i];
            if (e.key.is_null()) continue;
            Root key(e.key);
            MINIPY_TRY(toggle(e.key, e.hash));
        }
        return {};
    }
    return for_each_hashed(source.get(), toggle);
}

// CPython's set_symmetric_difference: a copy of [other] toggled by [so].
Result<Value> symmetric_difference(SetObject* so, Value other) {
    Root result(MINIPY_TRY(set_from(so->type == g_types.frozenset ? g_types.frozenset : g_types.set, other)));
    MINIPY_TRY(symmetric_difference_update(as_set(result.get()), Value::object(so)));
    return result.get();
}

Result<bool> is_subset(SetObject* so, Value other) {
    if (!is_set_like(other)) {
        Root tmp(MINIPY_TRY(set_from(g_types.set, other)));
        return is_subset(so, tmp.get());
    }
    SetObject* o = as_set(other);
    if (so->size() > o->size()) return false;
    bool all = true;
    MINIPY_TRY(for_each_hashed(Value::object(so), [&](Value key, std::int64_t h) -> Result<bool> {
        all = MINIPY_TRY(o->table.contains(key, h));
        return all;
    }));
    return all;
}

Result<bool> is_superset(SetObject* so, Value other) {
    if (is_set_like(other)) return is_subset(as_set(other), Value::object(so));
    bool all = true;
    MINIPY_TRY(for_each_hashed(other, [&](Value key, std::int64_t h) -> Result<bool> {
        all = MINIPY_TRY(so->table.contains(key, h));
        return all;
    }));
    return all;
}

Result<bool> is_disjoint(SetObject* so, Value other) {
    if (other.is(Value::object(so))) return so->size() == 0;
    SetObject* probe = so;
    Value walk = other;
    if (is_set_like(other) && as_set(other)->size() > so->size()) {
        // Iterate the smaller set.
        probe = as_set(other);
        walk = Value::object(so);
    }
    bool disjoint = true;
    MINIPY_TRY(for_each_hashed(walk, [&](Value key, std::int64_t h) -> Result<bool> {
        disjoint = !MINIPY_TRY(probe->table.contains(key, h));
        return disjoint;
    }));
    return disjoint;
}

// ---- iterator ------------------------------------------------------------------------

struct SetIteratorObject : Object {
    SetObject* set;  // null once exhausted
    std::size_t position = 0;
    std::size_t size_at_start;
    explicit SetIteratorObject(SetObject* s) : Object(g_types.set_iterator), set(s), size_at_start(s->size()) {}
    void trace(Tracer& t) override { t.mark(set); }
};


Result<Value> set_iterator_next(Value self) {
    auto* it = self.as<SetIteratorObject>();
    if (!it->set) return Value::exhausted();
    if (it->set->size() != it->size_at_start) {
        it->size_at_start = static_cast<std::size_t>(-1);  // keeps failing, as CPython's si_used = -1
        return raise_error(g_exc.RuntimeError, "Set changed size during iteration");
    }
    const auto& slots = it->set->table.slots();
    while (it->position < slots.size() && !slots[it->position].is_live()) ++it->position;
    if (it->position >= slots.size()) {
        it->set = nullptr;
        return Value::exhausted();
    }
    return slots[it->position++].key;
}

// ---- the types' slots ------------------------------------------------------------

Result<Value> set_repr(Value self) {
    auto* so = as_set(self);
    const std::string& name = so->type->name;
    if (so->size() == 0) return make_str(name + "()");
    ReprGuard guard(so);
    if (guard.failed()) return kError;
    if (guard.recursive()) return make_str(name + "(...)");
    // A snapshot, as CPython's repr of list(self): __repr__s may change the set.
    std::vector<Value> keys;
    RootVector keep(keys);
    for (const SetEntry& e : so->table.slots())
        if (e.is_live()) keys.push_back(e.key);
    std::string body;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i) body += ", ";
        MINIPY_TRY(append_repr(body, keys[i]));
    }
    if (so->type == g_types.set) return make_str("{" + body + "}");
    return make_str(name + "({" + body + "})");
}

Result<std::int64_t> set_hash(Value self) {
    if (as_set(self)->type->is_subtype_of(g_types.frozenset)) return frozenset_hash_of(as_set(self));
    return raise_error(g_exc.TypeError, msg::kUnhashable, {type_name(self)});
}

// CPython's set_richcompare: subset order, NotImplemented for non-sets.
Result<Value> set_compare(Value a, Value b, CompareOp op) {
    if (!is_set_like(a) || !is_set_like(b)) return g_not_implemented;
    SetObject* x = as_set(a);
    SetObject* y = as_set(b);
    switch (op) {
        case CompareOp::Eq:
        case CompareOp::Ne: {
            bool eq = x->size() == y->size() && MINIPY_TRY(is_subset(x, b));
            return Value::boolean(eq == (op == CompareOp::Eq));
        }
        case CompareOp::Le: return Value::boolean(MINIPY_TRY(is_subset(x, b)));
        case CompareOp::Ge: return Value::boolean(MINIPY_TRY(is_subset(y, a)));
        case CompareOp::Lt: return Value::boolean(x->size() < y->size() && MINIPY_TRY(is_subset(x, b)));
        case CompareOp::Gt: return Value::boolean(x->size() > y->size() && MINIPY_TRY(is_subset(y, a)));
    }
    return g_not_implemented;
}

// | & - ^ between two sets (result type: the left operand's), and the
// in-place forms, which mutate a set (a frozenset gets a new object).
Result<Value> set_binary(BinaryOp op, Value a, Value b) {
    if (!is_set_like(a) || !is_set_like(b)) return g_not_implemented;
    auto plain = static_cast<BinaryOp>(static_cast<int>(op) % kBinaryOpCount);
    SetObject* so = as_set(a);
    if (static_cast<int>(op) >= kBinaryOpCount && so->type == g_types.set) {
        switch (plain) {
            case BinaryOp::Or: MINIPY_TRY(set_update(so, b)); return a;
            case BinaryOp::And: {
                Value common = MINIPY_TRY(intersection(so, b));
                std::swap(so->table, as_set(common)->table);
                return a;
            }
            case BinaryOp::Subtract: MINIPY_TRY(difference_update(so, b)); return a;
            case BinaryOp::Xor: MINIPY_TRY(symmetric_difference_update(so, b)); return a;
            default: return g_not_implemented;
        }
    }
    switch (plain) {
        case BinaryOp::Or: {
            Root result(copy_of(so, base_type(a)));
            if (!a.is(b)) MINIPY_TRY(set_update(as_set(result.get()), b));
            return result.get();
        }
        case BinaryOp::And: return intersection(so, b);
        case BinaryOp::Subtract: return difference(so, b);
        case BinaryOp::Xor: return symmetric_difference(so, b);
        default: return g_not_implemented;
    }
}

Result<std::int64_t> set_len(Value self) { return static_cast<std::int64_t>(as_set(self)->size()); }

Result<bool> set_truthy(Value self) { return as_set(self)->size() != 0; }

Result<bool> set_contains(Value self, Value key) {
    std::int64_t h = MINIPY_TRY(element_hash(key));
    return as_set(self)->table.contains(key, h);
}

Result<Value> set_iter(Value self) { return Value::object(make<SetIteratorObject>(as_set(self))); }

// ---- methods ------------------------------------------------------------------------

// Checks a method's arity, naming it "set.add" or "frozenset.union".
Result<void> expect_args(Value self, const CallArgs& args, const char* method, std::size_t min, std::size_t max) {
    if (args.nargs >= min && args.nargs <= max && args.nkw() == 0) return {};
    return check_positional(args, std::string(type_name(self)) + "." + method, min, max);
}

Result<void> expect_no_keywords(Value self, const CallArgs& args, const char* method) {
    if (args.nkw() == 0) return {};
    return no_keywords(args, std::string(type_name(self)) + "." + method);
}

Result<Value> set_add(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_args(self, args, "add", 1, 1));
    MINIPY_TRY(as_set(self)->add(args[0]));
    return Value::none();
}

Result<Value> set_remove(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_args(self, args, "remove", 1, 1));
    std::int64_t h = MINIPY_TRY(element_hash(args[0]));
    bool removed = false;
    MINIPY_TRY(as_set(self)->table.discard(args[0], h, removed));
    if (!removed) return raise_key_error(args[0]);
    return Value::none();
}

Result<Value> set_discard(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_args(self, args, "discard", 1, 1));
    std::int64_t h = MINIPY_TRY(element_hash(args[0]));
    bool removed = false;
    MINIPY_TRY(as_set(self)->table.discard(args[0], h, removed));
    return Value::none();
}

Result<Value> set_pop(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_args(self, args, "pop", 0, 0));
    SetEntry e;
    if (!as_set(self)->table.pop(e)) return raise_error(g_exc.KeyError, "pop from an empty set");
    return e.key;
}

Result<Value> set_clear(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_args(self, args, "clear", 0, 0));
    as_set(self)->table.clear();
    return Value::none();
}

Result<Value> set_copy(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_args(self, args, "copy", 0, 0));
    if (is_type(self, g_types.frozenset)) return self;  // immutable: CPython returns it
    return copy_of(as_set(self), base_type(self));
}

Result<Value> set_union(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_no_keywords(self, args, "union"));
    Root result(copy_of(as_set(self), base_type(self)));
    for (std::size_t i = 0; i < args.nargs; ++i)
        if (!args[i].is(self)) MINIPY_TRY(set_update(as_set(result.get()), args[i]));
    return result.get();
}

Result<Value> set_intersection(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_no_keywords(self, args, "intersection"));
    if (args.nargs == 0) return copy_of(as_set(self), base_type(self));
    Root result(self);
    for (std::size_t i = 0; i < args.nargs; ++i) result.set(MINIPY_TRY(intersection(as_set(result.get()), args[i])));
    return result.get();
}

Result<Value> set_difference(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_no_keywords(self, args, "difference"));
    if (args.nargs == 0) return copy_of(as_set(self), base_type(self));
    Root result(MINIPY_TRY(difference(as_set(self), args[0])));
    for (std::size_t i = 1; i < args.nargs; ++i) MINIPY_TRY(difference_update(as_set(result.get()), args[i]));
    return result.get();
}

Result<Value> set_symmetric_difference(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_args(self, args, "symmetric_difference", 1, 1));
    return symmetric_difference(as_set(self), args[0]);
}

Result<Value> set_issubset(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_args(self, args, "issubset", 1, 1));
    return Value::boolean(MINIPY_TRY(is_subset(as_set(self), args[0])));
}

Result<Value> set_issuperset(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_args(self, args, "issuperset", 1, 1));
    return Value::boolean(MINIPY_TRY(is_superset(as_set(self), args[0])));
}

Result<Value> set_isdisjoint(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_args(self, args, "isdisjoint", 1, 1));
    return Value::boolean(MINIPY_TRY(is_disjoint(as_set(self), args[0])));
}

Result<Value> set_update_method(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_no_keywords(self, args, "update"));
    for (std::size_t i = 0; i < args.nargs; ++i) MINIPY_TRY(set_update(as_set(self), args[i]));
    return Value::none();
}

Result<Value> set_intersection_update(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_no_keywords(self, args, "intersection_update"));
    Value common = MINIPY_TRY(set_intersection(self, args));
    if (!common.is(self)) std::swap(as_set(self)->table, as_set(common)->table);
    return Value::none();
}

Result<Value> set_difference_update(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_no_keywords(self, args, "difference_update"));
    for (std::size_t i = 0; i < args.nargs; ++i) MINIPY_TRY(difference_update(as_set(self), args[i]));
    return Value::none();
}

Result<Value> set_symmetric_difference_update(Value self, const CallArgs& args) {
    MINIPY_TRY(expect_args(self, args, "symmetric_difference_update", 1, 1));
    MINIPY_TRY(symmetric_difference_update(as_set(self), args[0]));
    return Value::none();
}

// set(iterable) and frozenset(iterable). Installed here rather than left to
// stdlib/builtins_types.cpp because set_update's bulk paths (presizing,
// set_merge's slot copy) decide the iteration order CPython shows:
// CPython 3.11: set(a) for a 6-key set a built by add() has 16 slots, not 32.
Result<Value> set_construct(TypeObject* type, const CallArgs& args) {
    bool frozen = type->is_subtype_of(g_types.frozenset);
    MINIPY_TRY(check_positional(args, frozen ? "frozenset" : "set", 0, 1));
    // Immutable: CPython returns an exact frozenset argument as it is.
    if (frozen && type == g_types.frozenset && args.nargs == 1 && is_type(args[0], g_types.frozenset)) return args[0];
    Root result(new_set(type));
    if (args.nargs == 1) MINIPY_TRY(set_update(as_set(result.get()), args[0]));
    return result.get();
}

void fill_slots(TypeObject* t) {
    TypeSlots& s = t->slots;
    s.repr = set_repr;
    s.hash = set_hash;
    s.compare = set_compare;
    s.binary = set_binary;
    s.len = set_len;
    s.truthy = set_truthy;
    s.contains = set_contains;
    s.iter = set_iter;
    s.construct = set_construct;
    add_method(t, "copy", set_copy);
    add_method(t, "union", set_union);
    add_method(t, "intersection", set_intersection);
    add_method(t, "difference", set_difference);
    add_method(t, "symmetric_difference", set_symmetric_difference);
    add_method(t, "issubset", set_issubset);
    add_method(t, "issuperset", set_issuperset);
    add_method(t, "isdisjoint", set_isdisjoint);
}

}  // namespace

SetObject::SetObject(TypeObject* t) : Object(t) {}

Result<void> SetObject::add(Value key) {
    std::int64_t h = MINIPY_TRY(key_hash(key));
    return table.add(key, h);
}

Result<bool> SetObject::contains(Value key) const {
    std::int64_t h = MINIPY_TRY(element_hash(key));
    return table.contains(key, h);
}

Value make_set() { return new_set(g_types.set); }
Value make_frozenset() { return new_set(g_types.frozenset); }

// CPython's set_update_internal.
Result<void> set_update(SetObject* set, Value iterable) {
    if (is_set_like(iterable)) return set->table.merge(as_set(iterable)->table);
    if (is_dict(iterable)) {
        // The dict's stored hashes, after one presizing (as CPython).
        auto* d = iterable.as<DictObject>();
        set->table.reserve_for(d->size());
        for (std::size_t i = 0; i < d->table.entries().size(); ++i) {
            HashEntry e = d->table.entries()[i];
            if (e.key.is_null()) continue;
            Root key(e.key);
            MINIPY_TRY(set->table.add(e.key, e.hash));
        }
        return {};
    }
    if (is_list(iterable) || is_tuple(iterable)) {
        const auto& items = is_list(iterable) ? iterable.as<ListObject>()->items : iterable.as<TupleObject>()->items;
        for (std::size_t i = 0; i < items.size(); ++i) MINIPY_TRY(set->add(items[i]));
        return {};
    }
    return for_each_hashed(iterable, [&](Value key, std::int64_t h) -> Result<bool> {
        MINIPY_TRY(set->table.add(key, h));
        return true;
    });
}

void init_set_type() {
    fill_slots(g_types.set);
    fill_slots(g_types.frozenset);
    TypeObject* t = g_types.set;
    add_method(t, "add", set_add);
    add_method(t, "remove", set_remove);
    add_method(t, "discard", set_discard);
    add_method(t, "pop", set_pop);
    add_method(t, "clear", set_clear);
    add_method(t, "update", set_update_method);
    add_method(t, "intersection_update", set_intersection_update);
    add_method(t, "difference_update", set_difference_update);
    add_method(t, "symmetric_difference_update", set_symmetric_difference_update);

    g_types.set_iterator = make_builtin_type("set_iterator", nullptr);
    g_types.set_iterator->slots.iter = iter_self;
    g_types.set_iterator->slots.next = set_iterator_next;
}

}  // namespace minipy::rt
