// runtime/range_object.cpp: everything range does: construction, repr,
// len, indexing and slicing, O(1) `in` for ints, equality and hashing as a
// sequence, the start/stop/step attributes, count/index, and the
// range_iterator that for loops and reversed() use.
#include "runtime/range_object.h"

#include <string>

#include "runtime/args.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy::rt {

RangeIteratorObject::RangeIteratorObject(std::int64_t first, std::int64_t s, std::int64_t count)
    : Object(g_types.range_iterator), next(first), step(s), remaining(count) {}

namespace {

// Adds in two's complement without overflow UB. Every value an iterator
// yields is an element of its range, so only the step past the last one
// (which is never yielded) can wrap.
std::int64_t wrapping_add(std::int64_t a, std::int64_t b) {
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) + static_cast<std::uint64_t>(b));
}

// The [index]th element of [r] (0 <= index < length).
std::int64_t element(const RangeObject* r, std::int64_t index) {
    return wrapping_add(r->start, static_cast<std::int64_t>(static_cast<std::uint64_t>(index) *
                                                            static_cast<std::uint64_t>(r->step)));
}

// A range argument: any int, but minipy's ranges are int64 internally.
// FIXME: CPython allows ranges beyond 64 bits (only len() overflows).
Result<std::int64_t> range_bound(Value v) {
    if (is_big_int(v)) return raise_error(g_exc.OverflowError, "Python int too large to convert to C ssize_t");
    return as_index(v, "range");
}

Result<Value> range_construct(TypeObject*, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "range", 1, 3));
    std::int64_t start = 0, step = 1, stop = 0;
    if (args.nargs == 1) {
        stop = MINIPY_TRY(range_bound(args[0]));
    } else {
        start = MINIPY_TRY(range_bound(args[0]));
        stop = MINIPY_TRY(range_bound(args[1]));
        if (args.nargs == 3) step = MINIPY_TRY(range_bound(args[2]));
    }
    if (step == 0) return raise_error(g_exc.ValueError, "range() arg 3 must not be zero");
    return make_range(start, stop, step);
}

Result<Value> range_repr(Value self) {
    auto* r = self.as<RangeObject>();
    std::string text = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
    if (r->step != 1) text += ", " + std::to_string(r->step);
    return make_str(text + ")");
}

Result<std::int64_t> range_len(Value self) { return self.as<RangeObject>()->length; }

// A range of int64 elements cannot hold a big int; otherwise arithmetic.
bool range_has_int(const RangeObject* r, Value item) {
    std::int64_t x = 0;
    if (!int_to_int64(item, x) || r->length == 0) return false;
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return false;
    return (static_cast<__int128>(x) - r->start) % r->step == 0;
}

// Position of int [item] in [r], or -1.
std::int64_t range_position(const RangeObject* r, Value item) {
    if (!range_has_int(r, item)) return -1;
    std::int64_t x = 0;
    (void)int_to_int64(item, x);
    return static_cast<std::int64_t>((static_cast<__int128>(x) - r->start) / r->step);
}

// Calls [visit](position, element) for every element until it returns
// true; the slow path of `in`, count and index for non-int items (1.0 in
// range(3) is True). Returns whether [visit] stopped the walk.
template <class Visit>
Result<bool> scan_range(const RangeObject* r, Visit&& visit) {
    for (std::int64_t i = 0; i < r->length; ++i) {
        if (MINIPY_TRY(visit(i, make_int(element(r, i))))) return true;
        MINIPY_TRY(poll_breaker());
    }
    return false;
}

Result<bool> range_contains(Value self, Value item) {
    auto* r = self.as<RangeObject>();
    if (is_int(item)) return range_has_int(r, item);
    Root keep(item);
    return scan_range(r, [&](std::int64_t, Value x) { return equal(x, item); });
}

Result<Value> range_slice(const RangeObject* r, const SliceObject* slice) {
    std::int64_t lo = 0, hi = 0, step = 0, count = 0;
    MINIPY_TRY(slice->indices(r->length, lo, hi, step, count));
    // CPython computes the new bounds from the slice indices directly:
    // range(10)[::-1] == range(9, -1, -1).
    __int128 start = r->start + static_cast<__int128>(lo) * r->step;
    __int128 stop = r->start + static_cast<__int128>(hi) * r->step;
    __int128 new_step = static_cast<__int128>(r->step) * step;
    auto fits = [](__int128 v) { return v >= INT64_MIN && v <= INT64_MAX; };
    if (!fits(start) || !fits(stop) || !fits(new_step))
        return raise_error(g_exc.OverflowError, "Python int too large to convert to C ssize_t");
    return make_range(static_cast<std::int64_t>(start), static_cast<std::int64_t>(stop),
                      static_cast<std::int64_t>(new_step));
}

Result<Value> range_getitem(Value self, Value key) {
    auto* r = self.as<RangeObject>();
    if (is_type(key, g_types.slice)) return range_slice(r, key.as<SliceObject>());
    if (!is_int(key)) return raise_error(g_exc.TypeError, msg::kIndicesMustBeInt, {"range", type_name(key)});
    std::int64_t index = 0;
    if (!int_to_int64(key, index) || !normalize_index(index, r->length))
        return raise_error(g_exc.IndexError, "range object index out of range");
    return make_int(element(r, index));
}

// Ranges compare as the sequences they produce: range(0) == range(5, 5).
bool same_sequence(const RangeObject* a, const RangeObject* b) {
    if (a->length != b->length) return false;
    if (a->length == 0) return true;
    if (a->start != b->start) return false;
    return a->length == 1 || a->step == b->step;
}

Result<Value> range_compare(Value a, Value b, CompareOp op) {
    if (!is_type(b, g_types.range) || (op != CompareOp::Eq && op != CompareOp::Ne)) return g_not_implemented;
    bool same = same_sequence(a.as<RangeObject>(), b.as<RangeObject>());
    return Value::boolean(op == CompareOp::Eq ? same : !same);
}

Result<std::int64_t> range_hash(Value self) {
    // CPython hashes (len, start, step), with None for what cannot differ
    // between equal ranges, so that equal ranges hash equal.
    auto* r = self.as<RangeObject>();
    Value start = r->length == 0 ? Value::none() : make_int(r->start);
    Value step = r->length <= 1 ? Value::none() : make_int(r->step);
    return hash(make_tuple({make_int(r->length), start, step}));
}

Result<Value> range_iter(Value self) {
    auto* r = self.as<RangeObject>();
    return Value::object(make<RangeIteratorObject>(r->start, r->step, r->length));
}

// range has a getattr slot only for start/stop/step; everything else is
// the generic lookup (count, index, __class__).
Result<Value> range_getattr(Value self, StrObject* name) {
    auto* r = self.as<RangeObject>();
    std::string_view n = name->view();
    if (n == "start") return make_int(r->start);
    if (n == "stop") return make_int(r->stop);
    if (n == "step") return make_int(r->step);
    return generic_getattr(self, name);
}

Result<Value> range_count(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "count", 1, 1));
    auto* r = self.as<RangeObject>();
    Value item = args[0];
    if (is_int(item)) return make_int(range_has_int(r, item) ? 1 : 0);
    std::int64_t count = 0;
    MINIPY_TRY(scan_range(r, [&](std::int64_t, Value x) -> Result<bool> {
        if (MINIPY_TRY(equal(x, item))) ++count;
        return false;
    }));
    return make_int(count);
}

Result<Value> range_index(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "index", 1, 1));
    auto* r = self.as<RangeObject>();
    Value item = args[0];
    if (is_int(item)) {
        std::int64_t position = range_position(r, item);
        if (position < 0) return raise_error(g_exc.ValueError, "{} is not in range", {int_to_string(item)});
        return make_int(position);
    }
    std::int64_t found = -1;
    MINIPY_TRY(scan_range(r, [&](std::int64_t i, Value x) -> Result<bool> {
        if (!MINIPY_TRY(equal(x, item))) return false;
        found = i;
        return true;
    }));
    if (found < 0) return raise_error(g_exc.ValueError, "sequence.index(x): x not in sequence");
    return make_int(found);
}


Result<Value> range_iterator_next(Value self) {
    auto* it = self.as<RangeIteratorObject>();
    if (it->remaining <= 0) return Value::exhausted();
    std::int64_t value = it->next;
    it->next = wrapping_add(it->next, it->step);
    --it->remaining;
    return make_int(value);
}

}  // namespace

Value range_reversed(RangeObject* r) {
    // Negating the step may wrap (INT64_MIN), which wrapping_add undoes.
    std::int64_t last = r->length == 0 ? r->start : element(r, r->length - 1);
    std::int64_t step = static_cast<std::int64_t>(0 - static_cast<std::uint64_t>(r->step));
    return Value::object(make<RangeIteratorObject>(last, step, r->length));
}

void init_range_type() {
    TypeSlots& s = g_types.range->slots;
    s.construct = range_construct;
    s.repr = range_repr;
    s.len = range_len;
    s.contains = range_contains;
    s.getitem = range_getitem;
    s.compare = range_compare;
    s.hash = range_hash;
    s.iter = range_iter;
    s.getattr = range_getattr;
    add_method(g_types.range, "count", range_count);
    add_method(g_types.range, "index", range_index);

    if (!g_types.range_iterator) g_types.range_iterator = make_builtin_type("range_iterator", nullptr);
    g_types.range_iterator->slots.iter = iter_self;
    g_types.range_iterator->slots.next = range_iterator_next;
}

}  // namespace minipy::rt
