// runtime/tuple_object.cpp: Python tuple, its iterator, and the sequence
// helpers list shares with it (comparison, repetition counts, count/index,
// index conversion), so both report CPython's messages from one place.
#include "runtime/tuple_object.h"

#include <string>

#include "runtime/args.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"

namespace minipy::rt {

TupleObject::TupleObject(std::vector<Value> v) : Object(g_types.tuple), items(std::move(v)) {
    g_heap.add_pressure(items.size() * sizeof(Value));
}

Value make_tuple(std::vector<Value> items) {
    if (items.empty()) return empty_tuple();
    return Value::object(make<TupleObject>(std::move(items)));
}

Value make_tuple(std::initializer_list<Value> items) { return make_tuple(std::vector<Value>(items)); }

Value empty_tuple() {
    // One shared () for the whole process, as in CPython.
    static TupleObject* const empty = [] {
        auto* t = make<TupleObject>(std::vector<Value>{});
        g_heap.add_permanent(t);
        return t;
    }();
    return Value::object(empty);
}

namespace {

// More items than this in one sequence is a MemoryError (32 GiB of Values).
constexpr std::size_t kMaxItems = std::size_t{1} << 32;

bool compare_sizes(std::size_t x, std::size_t y, CompareOp op) {
    switch (op) {
        case CompareOp::Lt: return x < y;
        case CompareOp::Le: return x <= y;
        case CompareOp::Eq: return x == y;
        case CompareOp::Ne: return x != y;
        case CompareOp::Gt: return x > y;
        case CompareOp::Ge: return x >= y;
    }
    return false;
}

// Item equality as containers see it: identity first (so a NaN equals
// itself inside a tuple, as in CPython), then ==.
inline Result<bool> item_equal(Value a, Value b) {
    if (a.is(b)) return true;
    if (a.is_double() && b.is_double()) return a.as_double() == b.as_double();
    return equal(a, b);
}

// A slice bound or index argument of count/index: clamps like
// _PyEval_SliceIndex (big ints saturate).
Result<std::int64_t> clamped_index(Value v) {
    if (!is_int(v))
        return raise_error(g_exc.TypeError, "slice indices must be integers or have an __index__ method");
    std::int64_t i = 0;
    if (!int_to_int64(v, i)) i = int_compare(v, Value::small_int(0)) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return i;
}

struct TupleIteratorObject : Object {
    TupleObject* tuple;
    std::size_t index = 0;
    explicit TupleIteratorObject(TupleObject* t) : Object(g_types.tuple_iterator), tuple(t) {}
    void trace(Tracer& t) override { t.mark(tuple); }
};

TupleObject* as_tuple(Value v) { return v.as<TupleObject>(); }

// ---- the type's slots ---------------------------------------------------------

Result<Value> tuple_repr(Value self) {
    auto* t = as_tuple(self);
    if (t->items.empty()) return make_str("()");
    ReprGuard guard(t);
    if (guard.failed()) return kError;
    if (guard.recursive()) return make_str("(...)");
    std::string out = "(";
    for (std::size_t i = 0; i < t->items.size(); ++i) {
        if (i) out += ", ";
        MINIPY_TRY(append_repr(out, t->items[i]));
    }
    if (t->items.size() == 1) out += ',';  // CPython 3.11: repr((1,)) == '(1,)'
    out += ')';
    return make_str(out);
}

// CPython 3.11's tuplehash, an xxHash-style mix of the item hashes, so that
// hash((1, 2)) == -3550055125485641917 as in CPython.
Result<std::int64_t> tuple_hash(Value self) {
    constexpr std::uint64_t kPrime1 = 11400714785074694791ull;
    constexpr std::uint64_t kPrime2 = 14029467366897019727ull;
    constexpr std::uint64_t kPrime5 = 2870177450012600261ull;
    const auto& items = as_tuple(self)->items;
    std::uint64_t acc = kPrime5;
    for (Value item : items) {
        auto lane = static_cast<std::uint64_t>(MINIPY_TRY(hash(item)));
        acc += lane * kPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kPrime1;
    }
    // The length, mangled to keep the historical hash(()).
    acc += items.size() ^ (kPrime5 ^ 3527539ull);
    if (acc == static_cast<std::uint64_t>(-1)) return 1546275796;
    return static_cast<std::int64_t>(acc);
}

Result<Value> tuple_compare(Value a, Value b, CompareOp op) {
    if (!is_tuple(a) || !is_tuple(b)) return g_not_implemented;
    return compare_sequences(as_tuple(a)->items, as_tuple(b)->items, op);
}

Result<Value> tuple_binary(BinaryOp op, Value a, Value b) {
    auto plain = static_cast<BinaryOp>(static_cast<int>(op) % kBinaryOpCount);
    if (plain == BinaryOp::Add) {
        if (!is_tuple(a)) return g_not_implemented;
        if (!is_tuple(b)) {
            if (!type_of(b)->is_builtin) return g_not_implemented;  // b.__radd__ may apply
            return raise_error(g_exc.TypeError, "can only concatenate tuple (not \"{}\") to tuple", {type_name(b)});
        }
        const auto& x = as_tuple(a)->items;
        const auto& y = as_tuple(b)->items;
        if (y.empty()) return a;
        if (x.empty()) return b;
        std::vector<Value> items;
        items.reserve(x.size() + y.size());
        items.insert(items.end(), x.begin(), x.end());
        items.insert(items.end(), y.begin(), y.end());
        return make_tuple(std::move(items));
    }
    if (plain == BinaryOp::Multiply) {
        Value seq = is_tuple(a) ? a : b;
        Value count = is_tuple(a) ? b : a;
        if (!is_int(count)) return non_int_repeat(count);
        const auto& items = as_tuple(seq)->items;
        std::size_t n = MINIPY_TRY(repeat_count(count, items.size()));
        if (n == 1) return seq;  // immutable, so CPython returns it as is
        std::vector<Value> out;
        out.reserve(items.size() * n);
        for (std::size_t k = 0; k < n; ++k) out.insert(out.end(), items.begin(), items.end());
        return make_tuple(std::move(out));
    }
    return g_not_implemented;
}

Result<std::int64_t> tuple_len(Value self) { return static_cast<std::int64_t>(as_tuple(self)->items.size()); }

Result<bool> tuple_truthy(Value self) { return !as_tuple(self)->items.empty(); }

Result<Value> tuple_getitem(Value self, Value key) {
    const auto& items = as_tuple(self)->items;
    if (key.is_small_int()) {
        std::int64_t i = key.as_small_int();
        if (i < 0) i += static_cast<std::int64_t>(items.size());
        if (i >= 0 && i < static_cast<std::int64_t>(items.size())) return items[static_cast<std::size_t>(i)];
        return raise_error(g_exc.IndexError, msg::kIndexOutOfRange, {"tuple"});
    }
    if (is_type(key, g_types.slice)) {
        std::int64_t start, stop, step, count;
        MINIPY_TRY(key.as<SliceObject>()->indices(static_cast<std::int64_t>(items.size()), start, stop, step, count));
        if (step == 1 && count == static_cast<std::int64_t>(items.size())) return self;
        std::vector<Value> out;
        out.reserve(static_cast<std::size_t>(count));
        for (std::int64_t k = 0, i = start; k < count; ++k, i += step) out.push_back(items[static_cast<std::size_t>(i)]);
        return make_tuple(std::move(out));
    }
    std::int64_t i = MINIPY_TRY(sequence_index(key, items.size(), "tuple"));
    if (i < 0) return raise_error(g_exc.IndexError, msg::kIndexOutOfRange, {"tuple"});
    return items[static_cast<std::size_t>(i)];
}

Result<bool> tuple_contains(Value self, Value item) {
    return MINIPY_TRY(count_in(as_tuple(self)->items, item)) > 0;
}

Result<Value> tuple_iter(Value self) { return Value::object(make<TupleIteratorObject>(as_tuple(self))); }


Result<Value> tuple_iterator_next(Value self) {
    auto* it = self.as<TupleIteratorObject>();
    if (it->index < it->tuple->items.size()) return it->tuple->items[it->index++];
    return Value::exhausted();
}

Result<Value> tuple_count(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "tuple.count", 1, 1));
    return make_int(MINIPY_TRY(count_in(as_tuple(self)->items, args[0])));
}

Result<Value> tuple_index(Value self, const CallArgs& args) {
    std::int64_t i = MINIPY_TRY(index_in(as_tuple(self)->items, args, "index"));
    if (i < 0) return raise_error(g_exc.ValueError, "tuple.index(x): x not in tuple");
    return make_int(i);
}

}  // namespace

// ---- helpers shared with list ---------------------------------------------------

Result<Value> compare_sequences(const std::vector<Value>& a, const std::vector<Value>& b, CompareOp op) {
    // Different lengths settle == and != without looking at items.
    if (a.size() != b.size() && (op == CompareOp::Eq || op == CompareOp::Ne))
        return Value::boolean(op == CompareOp::Ne);
    std::size_t i = 0;
    for (; i < a.size() && i < b.size(); ++i) {
        if (!MINIPY_TRY(item_equal(a[i], b[i]))) break;
    }
    if (i >= a.size() || i >= b.size()) return Value::boolean(compare_sizes(a.size(), b.size(), op));
    if (op == CompareOp::Eq) return Value::boolean(false);
    if (op == CompareOp::Ne) return Value::boolean(true);
    // CPython 3.11: [1, 2] < [1, 3] compares 2 < 3 with the original operator.
    return compare(a[i], b[i], op);
}

Result<std::size_t> repeat_count(Value count, std::size_t size) {
    std::int64_t n = 0;
    if (!int_to_int64(count, n))
        return raise_error(g_exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    if (n <= 0 || size == 0) return std::size_t{0};
    if (static_cast<std::uint64_t>(n) > kMaxItems / size) return raise(make_exception(g_exc.MemoryError, empty_tuple()));
    return static_cast<std::size_t>(n);
}

Result<Value> non_int_repeat(Value other) {
    if (!type_of(other)->is_builtin) return g_not_implemented;
    return raise_error(g_exc.TypeError, "can't multiply sequence by non-int of type '{}'", {type_name(other)});
}

Result<std::int64_t> count_in(const std::vector<Value>& items, Value x) {
    std::int64_t n = 0;
    // Re-reads the size: a user __eq__ may shrink the sequence.
    for (std::size_t i = 0; i < items.size(); ++i)
        if (MINIPY_TRY(item_equal(items[i], x))) ++n;
    return n;
}

Result<std::int64_t> index_in(const std::vector<Value>& items, const CallArgs& args, const char* fname) {
    MINIPY_TRY(check_positional(args, fname, 1, 3));
    auto size = static_cast<std::int64_t>(items.size());
    std::int64_t start = args.nargs > 1 ? MINIPY_TRY(clamped_index(args[1])) : 0;
    std::int64_t stop = args.nargs > 2 ? MINIPY_TRY(clamped_index(args[2])) : size;
    if (start < 0) start = std::max<std::int64_t>(start + size, 0);
    if (stop < 0) stop = std::max<std::int64_t>(stop + size, 0);
    for (std::int64_t i = start; i < stop && i < static_cast<std::int64_t>(items.size()); ++i)
        if (MINIPY_TRY(item_equal(items[static_cast<std::size_t>(i)], args[0]))) return i;
    return std::int64_t{-1};
}

Result<std::int64_t> sequence_index(Value key, std::size_t size, const char* what) {
    std::int64_t i = 0;
    if (key.is_small_int()) {
        i = key.as_small_int();
    } else if (is_int(key)) {
        if (!int_to_int64(key, i))
            return raise_error(g_exc.IndexError, "cannot fit 'int' into an index-sized integer");
    } else {
        return raise_error(g_exc.TypeError, msg::kIndicesMustBeInt, {what, type_name(key)});
    }
    auto n = static_cast<std::int64_t>(size);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return std::int64_t{-1};
    return i;
}

void init_tuple_type() {
    TypeSlots& s = g_types.tuple->slots;
    s.repr = tuple_repr;
    s.hash = tuple_hash;
    s.compare = tuple_compare;
    s.binary = tuple_binary;
    s.len = tuple_len;
    s.truthy = tuple_truthy;
    s.getitem = tuple_getitem;
    s.contains = tuple_contains;
    s.iter = tuple_iter;
    // tuple(iterable): construct is left to stdlib/builtins_types.cpp.
    add_method(g_types.tuple, "count", tuple_count);
    add_method(g_types.tuple, "index", tuple_index);

    g_types.tuple_iterator = make_builtin_type("tuple_iterator", nullptr);
    g_types.tuple_iterator->slots.iter = iter_self;
    g_types.tuple_iterator->slots.next = tuple_iterator_next;
}

}  // namespace minipy::rt
