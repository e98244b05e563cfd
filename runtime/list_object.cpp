// runtime/list_object.cpp: Python list: indexing and slice assignment, the
// methods, list_iterator, and the stable sort that list.sort() and sorted()
// share. Also the container-repr guard (ReprGuard) and extend_values(), the
// "append everything an iterable yields" loop other containers reuse.
#include "runtime/list_object.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "runtime/args.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy::rt {

ListObject::ListObject(std::vector<Value> v) : Object(g_types.list), items(std::move(v)) {
    g_heap.add_pressure(items.size() * sizeof(Value));
}

Value make_list(std::vector<Value> items) { return Value::object(make<ListObject>(std::move(items))); }

// ---- ReprGuard ----------------------------------------------------------------

namespace {

// The containers whose repr is in progress, innermost last (one interpreter
// thread runs at a time).
std::vector<Object*>& repr_stack() {
    static std::vector<Object*> stack;
    return stack;
}

}  // namespace

ReprGuard::ReprGuard(Object* o) : m_state(State::Entered) {
    auto& stack = repr_stack();
    if (std::find(stack.begin(), stack.end(), o) != stack.end()) {
        m_state = State::Recursive;
        return;
    }
    // Nested reprs recurse in C++, so they count against the recursion
    // limit as CPython's Py_EnterRecursiveCall does.
    if (g_thread->recursion_depth >= g_recursion_limit) {
        m_state = State::Failed;
        raise_error(g_exc.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        return;
    }
    ++g_thread->recursion_depth;
    stack.push_back(o);
}

ReprGuard::~ReprGuard() {
    if (m_state != State::Entered) return;
    --g_thread->recursion_depth;
    repr_stack().pop_back();
}

// ---- extend_values --------------------------------------------------------------

Result<void> extend_values(std::vector<Value>& out, Value iterable) {
    const std::vector<Value>* source = nullptr;
    if (is_list(iterable)) source = &iterable.as<ListObject>()->items;
    else if (is_tuple(iterable)) source = &iterable.as<TupleObject>()->items;
    if (source) {
        // Indexing up to the original size copies a snapshot even when
        // [source] is [out] itself (`l.extend(l)`, `l += l`).
        std::size_t n = source->size();
        out.reserve(out.size() + n);
        for (std::size_t i = 0; i < n; ++i) out.push_back((*source)[i]);
        return {};
    }
    return extend_from_iterator(out, MINIPY_TRY(iter(iterable)));
}

Result<void> extend_from_iterator(std::vector<Value>& out, Value iterator) {
    RootVector keep(out);
    Root it(iterator);
    for (;;) {
        Value item = MINIPY_TRY(next(it.get()));
        if (item.is_exhausted()) return {};
        out.push_back(item);
        MINIPY_TRY(poll_breaker());
    }
}

// ---- sorting ------------------------------------------------------------------------

namespace {

// A natural merge sort (Timsort without galloping): ascending runs are
// kept, strictly descending ones reversed (both stable), short runs are
// extended by binary insertion, and adjacent runs are merged pairwise.
// Sorted or reversed input costs n - 1 comparisons, as in CPython. [less]
// may be inconsistent (NaNs, a user __lt__, a comparison that failed and
// now answers false): every loop is bounded by indices, never by [less].
template <class T, class Less>
void merge_sort(std::vector<T>& v, Less less) {
    const std::size_t n = v.size();
    if (n < 2) return;
    constexpr std::size_t kMinRun = 32;
    std::vector<std::size_t> bounds;  // run starts, then n
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i + 1;
        if (j < n) {
            // CPython compares a[i+1] < a[i] first, so its error messages
            // name the types in that order ("'<' ... 'str' and 'int'").
            if (less(v[j], v[i])) {
                while (j + 1 < n && less(v[j + 1], v[j])) ++j;
                ++j;
                std::reverse(v.begin() + static_cast<std::ptrdiff_t>(i), v.begin() + static_cast<std::ptrdiff_t>(j));
            } else {
                while (j + 1 < n && !less(v[j + 1], v[j])) ++j;
                ++j;
            }
        }
        std::size_t end = std::min(n, std::max(j, i + kMinRun));
        for (std::size_t k = j; k < end; ++k) {
            T x = v[k];
            // Insert after equal items (upper bound) to stay stable.
            std::size_t lo = i, hi = k;
            while (lo < hi) {
                std::size_t mid = lo + (hi - lo) / 2;
                if (less(x, v[mid])) hi = mid;
                else lo = mid + 1;
            }
            for (std::size_t m = k; m > lo; --m) v[m] = v[m - 1];
            v[lo] = x;
        }
        bounds.push_back(i);
        i = end;
    }
    bounds.push_back(n);
    std::vector<T> left;
    while (bounds.size() > 2) {
        std::vector<std::size_t> merged;
        std::size_t r = 0;
        for (; r + 2 < bounds.size(); r += 2) {
            std::size_t lo = bounds[r], mid = bounds[r + 1], hi = bounds[r + 2];
            merged.push_back(lo);
            if (!less(v[mid], v[mid - 1])) continue;  // already in order
            left.assign(v.begin() + static_cast<std::ptrdiff_t>(lo), v.begin() + static_cast<std::ptrdiff_t>(mid));
            std::size_t a = 0, b = mid, out = lo;
            // Take from the right only when strictly smaller: stability.
            while (a < left.size() && b < hi) v[out++] = less(v[b], left[a]) ? v[b++] : left[a++];
            while (a < left.size()) v[out++] = left[a++];
        }
        for (; r + 1 < bounds.size(); ++r) merged.push_back(bounds[r]);
        merged.push_back(n);
        bounds.swap(merged);
    }
}

enum class KeyKind { SmallInts, Numbers, Strs, General };

KeyKind classify(const std::vector<Value>& keys) {
    bool ints = true, numbers = true, strs = true;
    for (Value k : keys) {
        bool small = k.is_small_int();
        ints = ints && small;
        numbers = numbers && (small || k.is_double());
        strs = strs && is_str(k);
        if (!numbers && !strs) return KeyKind::General;
    }
    if (ints) return KeyKind::SmallInts;
    if (numbers) return KeyKind::Numbers;
    return strs ? KeyKind::Strs : KeyKind::General;
}

// Small ints are exact doubles, so mixed int/float keys compare exactly.
inline double number_of(Value v) { return v.is_small_int() ? static_cast<double>(v.as_small_int()) : v.as_double(); }

// Sorts [items] by [keys] (the items themselves when [keys] is [items])
// when no comparison can run user code, so the values may sit in the
// sort's unrooted temporaries.
template <class Less>
void sort_native(std::vector<Value>& items, std::vector<Value>& keys, bool keyed, Less less) {
    if (!keyed) {
        merge_sort(items, less);
        return;
    }
    std::vector<std::pair<Value, Value>> pairs(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) pairs[i] = {keys[i], items[i]};
    merge_sort(pairs, [&](const auto& a, const auto& b) { return less(a.first, b.first); });
    for (std::size_t i = 0; i < items.size(); ++i) items[i] = pairs[i].second;
}

}  // namespace

Result<void> sort_values(std::vector<Value>& items, Value key, bool reverse) {
    RootVector keep_items(items);
    std::vector<Value> keys;
    RootVector keep_keys(keys);
    bool keyed = !key.is_null() && !key.is_none();
    if (keyed) {
        keys.reserve(items.size());
        for (Value item : items) {
            keys.push_back(MINIPY_TRY(call1(key, item)));
            MINIPY_TRY(poll_breaker());
        }
    }
    if (items.size() < 2) return {};
    // CPython sorts reversed input ascending and reverses the result, so
    // equal keys keep their original order either way.
    if (reverse) {
        std::reverse(items.begin(), items.end());
        std::reverse(keys.begin(), keys.end());
    }
    std::vector<Value>& k = keyed ? keys : items;
    switch (classify(k)) {
        case KeyKind::SmallInts:
            sort_native(items, keys, keyed, [](Value a, Value b) { return a.as_small_int() < b.as_small_int(); });
            break;
        case KeyKind::Numbers:
            sort_native(items, keys, keyed, [](Value a, Value b) { return number_of(a) < number_of(b); });
            break;
        case KeyKind::Strs:
            // UTF-8 byte order is code point order, which is str's <.
            sort_native(items, keys, keyed, [](Value a, Value b) { return str_view(a) < str_view(b); });
            break;
        case KeyKind::General: {
            // `<` may run user code (and so collect): sort positions, and
            // keep every Value in the rooted [items]/[keys] meanwhile.
            std::vector<std::uint32_t> order(items.size());
            for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
            bool failed = false;
            merge_sort(order, [&](std::uint32_t a, std::uint32_t b) {
                if (failed) return false;
                auto lt = compare_bool(k[a], k[b], CompareOp::Lt);
                if (lt.is_error() || poll_breaker().is_error()) {
                    failed = true;
                    return false;
                }
                return lt.value();
            });
            if (failed) {
                if (reverse) std::reverse(items.begin(), items.end());
                return kError;
            }
            std::vector<Value> sorted(items.size());
            for (std::size_t i = 0; i < order.size(); ++i) sorted[i] = items[order[i]];
            items.swap(sorted);
            break;
        }
    }
    if (reverse) std::reverse(items.begin(), items.end());
    return {};
}

namespace {

ListObject* as_list(Value v) { return v.as<ListObject>(); }

bool has_iter_slot(TypeObject* t) {
    for (; t; t = t->base)
        if (t->slots.iter) return true;
    return false;
}

struct ListIteratorObject : Object {
    ListObject* list;  // null once exhausted, so later appends are not seen
    std::size_t index = 0;
    explicit ListIteratorObject(ListObject* l) : Object(g_types.list_iterator), list(l) {}
    void trace(Tracer& t) override { t.mark(list); }
};

// ---- the type's slots ---------------------------------------------------------

Result<Value> list_repr(Value self) {
    auto* l = as_list(self);
    if (l->items.empty()) return make_str("[]");
    ReprGuard guard(l);
    if (guard.failed()) return kError;
    if (guard.recursive()) return make_str("[...]");
    std::string out = "[";
    // Re-reads the size: an item's __repr__ may change the list.
    for (std::size_t i = 0; i < l->items.size(); ++i) {
        if (i) out += ", ";
        MINIPY_TRY(append_repr(out, l->items[i]));
    }
    out += ']';
    return make_str(out);
}

Result<std::int64_t> list_hash(Value) { return raise_error(g_exc.TypeError, msg::kUnhashable, {"list"}); }

Result<Value> list_compare(Value a, Value b, CompareOp op) {
    if (!is_list(a) || !is_list(b)) return g_not_implemented;
    return compare_sequences(as_list(a)->items, as_list(b)->items, op);
}

Result<Value> list_binary(BinaryOp op, Value a, Value b) {
    if (op == BinaryOp::InplaceAdd && is_list(a)) {
        MINIPY_TRY(extend_values(as_list(a)->items, b));
        return a;
    }
    if (op == BinaryOp::InplaceMultiply && is_list(a) && is_int(b)) {
        auto& items = as_list(a)->items;
        std::size_t n = MINIPY_TRY(repeat_count(b, items.size()));
        std::size_t original = items.size();
        if (n == 0) {
            items.clear();
            return a;
        }
        items.reserve(original * n);
        for (std::size_t k = 1; k < n; ++k)
            for (std::size_t i = 0; i < original; ++i) items.push_back(items[i]);
        return a;
    }
    auto plain = static_cast<BinaryOp>(static_cast<int>(op) % kBinaryOpCount);
    if (plain == BinaryOp::Add) {
        if (!is_list(a)) return g_not_implemented;
        if (!is_list(b)) {
            if (!type_of(b)->is_builtin) return g_not_implemented;  // b.__radd__ may apply
            return raise_error(g_exc.TypeError, "can only concatenate list (not \"{}\") to list", {type_name(b)});
        }
        const auto& x = as_list(a)->items;
        const auto& y = as_list(b)->items;
        std::vector<Value> items;
        items.reserve(x.size() + y.size());
        items.insert(items.end(), x.begin(), x.end());
        items.insert(items.end(), y.begin(), y.end());
        return make_list(std::move(items));
    }
    if (plain == BinaryOp::Multiply) {
        Value seq = is_list(a) ? a : b;
        Value count = is_list(a) ? b : a;
        if (!is_int(count)) return non_int_repeat(count);
        const auto& items = as_list(seq)->items;
        std::size_t n = MINIPY_TRY(repeat_count(count, items.size()));
        std::vector<Value> out;
        out.reserve(items.size() * n);
        for (std::size_t k = 0; k < n; ++k) out.insert(out.end(), items.begin(), items.end());
        return make_list(std::move(out));
    }
    return g_not_implemented;
}

Result<std::int64_t> list_len(Value self) { return static_cast<std::int64_t>(as_list(self)->items.size()); }

Result<bool> list_truthy(Value self) { return !as_list(self)->items.empty(); }

Result<Value> list_getitem(Value self, Value key) {
    const auto& items = as_list(self)->items;
    if (key.is_small_int()) {
        std::int64_t i = key.as_small_int();
        if (i < 0) i += static_cast<std::int64_t>(items.size());
        if (i >= 0 && i < static_cast<std::int64_t>(items.size())) return items[static_cast<std::size_t>(i)];
        return raise_error(g_exc.IndexError, msg::kIndexOutOfRange, {"list"});
    }
    if (is_type(key, g_types.slice)) {
        std::int64_t start, stop, step, count;
        MINIPY_TRY(key.as<SliceObject>()->indices(static_cast<std::int64_t>(items.size()), start, stop, step, count));
        std::vector<Value> out;
        if (step == 1) {
            auto first = items.begin() + start;
            out.assign(first, first + count);
        } else {
            out.reserve(static_cast<std::size_t>(count));
            for (std::int64_t k = 0, i = start; k < count; ++k, i += step) out.push_back(items[static_cast<std::size_t>(i)]);
        }
        return make_list(std::move(out));
    }
    std::int64_t i = MINIPY_TRY(sequence_index(key, items.size(), "list"));
    if (i < 0) return raise_error(g_exc.IndexError, msg::kIndexOutOfRange, {"list"});
    return items[static_cast<std::size_t>(i)];
}

Result<void> delete_slice(std::vector<Value>& items, std::int64_t start, std::int64_t step, std::int64_t count) {
    if (count <= 0) return {};
    if (step < 0) {
        // The same positions walked upwards.
        start += (count - 1) * step;
        step = -step;
    }
    if (step == 1) {
        items.erase(items.begin() + start, items.begin() + start + count);
        return {};
    }
    // Compacts in one pass, skipping every [step]th item from [start].
    auto out = static_cast<std::size_t>(start);
    std::int64_t removed = 0;
    for (auto i = static_cast<std::size_t>(start); i < items.size(); ++i) {
        if (removed < count && static_cast<std::int64_t>(i) == start + removed * step) {
            ++removed;
            continue;
        }
        items[out++] = items[i];
    }
    items.resize(out);
    return {};
}

Result<void> assign_slice(ListObject* l, SliceObject* slice, Value value) {
    std::vector<Value> seq;
    RootVector keep(seq);
    if (is_list(value) || is_tuple(value)) {
        MINIPY_TRY(extend_values(seq, value));  // a snapshot: `a[:] = a` works
    } else {
        if (!has_iter_slot(type_of(value))) return raise_error(g_exc.TypeError, "can only assign an iterable");
        MINIPY_TRY(extend_values(seq, value));
    }
    // Resolved after the iteration, which may have changed the list.
    auto& items = l->items;
    std::int64_t start, stop, step, count;
    MINIPY_TRY(slice->indices(static_cast<std::int64_t>(items.size()), start, stop, step, count));
    if (step == 1) {
        stop = std::max(stop, start);
        auto first = items.begin() + start;
        auto replaced = static_cast<std::size_t>(stop - start);
        std::size_t common = std::min(replaced, seq.size());
        std::copy(seq.begin(), seq.begin() + static_cast<std::ptrdiff_t>(common), first);
        if (seq.size() > replaced)
            items.insert(items.begin() + stop, seq.begin() + static_cast<std::ptrdiff_t>(common), seq.end());
        else
            items.erase(first + static_cast<std::ptrdiff_t>(common), items.begin() + stop);
        return {};
    }
    if (static_cast<std::int64_t>(seq.size()) != count)
        return raise_error(g_exc.ValueError, "attempt to assign sequence of size {} to extended slice of size {}",
                           {std::to_string(seq.size()), std::to_string(count)});
    for (std::int64_t k = 0, i = start; k < count; ++k, i += step) items[static_cast<std::size_t>(i)] = seq[static_cast<std::size_t>(k)];
    return {};
}

Result<void> list_setitem(Value self, Value key, Value value) {
    auto* l = as_list(self);
    if (is_type(key, g_types.slice)) {
        auto* slice = key.as<SliceObject>();
        if (!value.is_null()) return assign_slice(l, slice, value);
        std::int64_t start, stop, step, count;
        MINIPY_TRY(slice->indices(static_cast<std::int64_t>(l->items.size()), start, stop, step, count));
        return delete_slice(l->items, start, step, count);
    }
    std::int64_t i = MINIPY_TRY(sequence_index(key, l->items.size(), "list"));
    if (i < 0) return raise_error(g_exc.IndexError, "list assignment index out of range");
    if (value.is_null()) l->items.erase(l->items.begin() + i);
    else l->items[static_cast<std::size_t>(i)] = value;
    return {};
}

// The position of the first item equal to [x], or -1.
Result<std::int64_t> find_item(const std::vector<Value>& items, Value x) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        Value item = items[i];
        if (item.is(x)) return static_cast<std::int64_t>(i);
        if (MINIPY_TRY(equal(item, x))) return static_cast<std::int64_t>(i);
    }
    return std::int64_t{-1};
}

Result<bool> list_contains(Value self, Value item) { return MINIPY_TRY(find_item(as_list(self)->items, item)) >= 0; }

Result<Value> list_iter(Value self) { return Value::object(make<ListIteratorObject>(as_list(self))); }


Result<Value> list_iterator_next(Value self) {
    auto* it = self.as<ListIteratorObject>();
    if (it->list) {
        if (it->index < it->list->items.size()) return it->list->items[it->index++];
        it->list = nullptr;
    }
    return Value::exhausted();
}

// ---- methods ------------------------------------------------------------------------

Result<Value> list_append(Value self, const CallArgs& args) {
    if (args.nargs != 1 || args.nkw() != 0) {
        MINIPY_TRY(check_positional(args, "list.append", 1, 1));
    }
    as_list(self)->items.push_back(args[0]);
    return Value::none();
}

Result<Value> list_extend(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "list.extend", 1, 1));
    MINIPY_TRY(extend_values(as_list(self)->items, args[0]));
    return Value::none();
}

Result<Value> list_insert(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "insert", 2, 2));
    auto& items = as_list(self)->items;
    std::int64_t i = MINIPY_TRY(as_index(args[0], "insert"));
    auto n = static_cast<std::int64_t>(items.size());
    // Out-of-range positions clamp: CPython 3.11: [1].insert(-10, 0) prepends.
    if (i < 0) i = std::max<std::int64_t>(i + n, 0);
    if (i > n) i = n;
    items.insert(items.begin() + i, args[1]);
    return Value::none();
}

Result<Value> list_pop(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "pop", 0, 1));
    auto& items = as_list(self)->items;
    std::int64_t i = -1;
    if (args.nargs == 1) i = MINIPY_TRY(as_index(args[0], "pop"));
    if (items.empty()) return raise_error(g_exc.IndexError, "pop from empty list");
    auto n = static_cast<std::int64_t>(items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise_error(g_exc.IndexError, "pop index out of range");
    Value v = items[static_cast<std::size_t>(i)];
    items.erase(items.begin() + i);
    return v;
}

Result<Value> list_remove(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "list.remove", 1, 1));
    auto& items = as_list(self)->items;
    std::int64_t i = MINIPY_TRY(find_item(items, args[0]));
    // A user __eq__ may have shrunk the list meanwhile.
    if (i < 0 || i >= static_cast<std::int64_t>(items.size()))
        return raise_error(g_exc.ValueError, "list.remove(x): x not in list");
    items.erase(items.begin() + i);
    return Value::none();
}

Result<Value> list_index(Value self, const CallArgs& args) {
    std::int64_t i = MINIPY_TRY(index_in(as_list(self)->items, args, "index"));
    if (i < 0) return raise_error(g_exc.ValueError, "{} is not in list", {MINIPY_TRY(repr_string(args[0]))});
    return make_int(i);
}

Result<Value> list_count(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "list.count", 1, 1));
    return make_int(MINIPY_TRY(count_in(as_list(self)->items, args[0])));
}

Result<Value> list_clear(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "list.clear", 0, 0));
    as_list(self)->items.clear();
    return Value::none();
}

Result<Value> list_copy(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "list.copy", 0, 0));
    return make_list(as_list(self)->items);
}

Result<Value> list_reverse(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "list.reverse", 0, 0));
    auto& items = as_list(self)->items;
    std::reverse(items.begin(), items.end());
    return Value::none();
}

// sort(*, key=None, reverse=False). While it runs the list is empty, so a
// key or __lt__ that mutates it is detected afterwards (CPython's check).
Result<Value> list_sort(Value self, const CallArgs& args) {
    if (args.nargs != 0) return raise_error(g_exc.TypeError, "sort() takes no positional arguments");
    Value key = Value::none();
    Value reverse = Value::null();
    for (std::size_t k = 0; k < args.nkw(); ++k) {
        std::string_view name = str_view(args.kwnames->items[k]);
        if (name == "key") key = args.kwvalues()[k];
        else if (name == "reverse") reverse = args.kwvalues()[k];
        else return raise_error(g_exc.TypeError, "'{}' is an invalid keyword argument for sort()", {name});
    }
    bool descending = false;
    if (!reverse.is_null()) {
        // CPython 3.11 takes reverse as an int: reverse=None is a TypeError.
        if (!is_int(reverse))
            return raise_error(g_exc.TypeError, "'{}' object cannot be interpreted as an integer",
                               {type_name(reverse)});
        descending = int_compare(reverse, Value::small_int(0)) != 0;
    }
    auto* l = as_list(self);
    std::vector<Value> items;
    items.swap(l->items);
    RootVector keep(items);
    auto sorted = sort_values(items, key, descending);
    bool modified = !l->items.empty();
    l->items.swap(items);
    if (sorted.is_error()) return kError;
    if (modified) return raise_error(g_exc.ValueError, "list modified during sort");
    return Value::none();
}

}  // namespace

Result<void> append_repr(std::string& out, Value v) {
    // The common items print without a temporary str object.
    if (v.is_small_int()) {
        out += std::to_string(v.as_small_int());
    } else if (v.is_double()) {
        out += float_repr(v.as_double());
    } else if (is_str(v)) {
        out += str_repr(str_view(v));
    } else {
        out += MINIPY_TRY(repr_string(v));
    }
    return {};
}

void init_list_type() {
    TypeSlots& s = g_types.list->slots;
    s.repr = list_repr;
    s.hash = list_hash;
    s.compare = list_compare;
    s.binary = list_binary;
    s.len = list_len;
    s.truthy = list_truthy;
    s.getitem = list_getitem;
    s.setitem = list_setitem;
    s.contains = list_contains;
    s.iter = list_iter;
    // list(iterable): construct is left to stdlib/builtins_types.cpp.
    TypeObject* t = g_types.list;
    add_method(t, "append", list_append);
    add_method(t, "extend", list_extend);
    add_method(t, "insert", list_insert);
    add_method(t, "pop", list_pop);
    add_method(t, "remove", list_remove);
    add_method(t, "index", list_index);
    add_method(t, "count", list_count);
    add_method(t, "clear", list_clear);
    add_method(t, "copy", list_copy);
    add_method(t, "reverse", list_reverse);
    add_method(t, "sort", list_sort);

    g_types.list_iterator = make_builtin_type("list_iterator", nullptr);
    g_types.list_iterator->slots.iter = iter_self;
    g_types.list_iterator->slots.next = list_iterator_next;
}

}  // namespace minipy::rt
