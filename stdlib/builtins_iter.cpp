// stdlib/builtins_iter.cpp: the lazy iterator types of the builtins module
// (enumerate, zip, map, filter, reversed, and the callable_iterator of
// iter(f, sentinel)): their objects, their `next` slots, and the
// constructors that make the type objects callable.
//
// A `next` slot returns Value::exhausted() at the end, so for loops over
// these iterators never create a StopIteration.
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/range_object.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/builtins_internal.h"
#include "stdlib/iteration.h"
#include "stdlib/special_methods.h"

namespace minipy::stdlib {

using rt::CallArgs;
using rt::Result;
using rt::Value;

namespace {

struct EnumerateObject : rt::Object {
    Value iterator;
    Value count;  // any int: enumerate(xs, 2**80) works
    EnumerateObject(Value it, Value start) : Object(rt::g_types.enumerate), iterator(it), count(start) {}
    void trace(rt::Tracer& t) override {
        t.mark(iterator);
        t.mark(count);
    }
};

struct ZipObject : rt::Object {
    std::vector<Value> iterators;
    bool strict;
    ZipObject(std::vector<Value> its, bool s) : Object(rt::g_types.zip), iterators(std::move(its)), strict(s) {}
    void trace(rt::Tracer& t) override {
        for (Value v : iterators) t.mark(v);
    }
};

struct MapObject : rt::Object {
    Value function;
    std::vector<Value> iterators;
    MapObject(Value f, std::vector<Value> its) : Object(rt::g_types.map), function(f), iterators(std::move(its)) {}
    void trace(rt::Tracer& t) override {
        t.mark(function);
        for (Value v : iterators) t.mark(v);
    }
};

struct FilterObject : rt::Object {
    Value predicate;  // None: the items' own truth
    Value iterator;
    FilterObject(Value p, Value it) : Object(rt::g_types.filter), predicate(p), iterator(it) {}
    void trace(rt::Tracer& t) override {
        t.mark(predicate);
        t.mark(iterator);
    }
};

// reversed() over anything with len() and integer indexing, walking the
// indices down from len - 1.
struct ReversedObject : rt::Object {
    Value sequence;
    std::int64_t index;  // the next index to yield; -1 when done
    ReversedObject(Value seq, std::int64_t last) : Object(rt::g_types.reversed), sequence(seq), index(last) {}
    void trace(rt::Tracer& t) override { t.mark(sequence); }
};

struct CallableIteratorObject : rt::Object {
    Value callable;  // null once the sentinel was seen
    Value sentinel;
    CallableIteratorObject(Value c, Value s) : Object(rt::g_types.callable_iterator), callable(c), sentinel(s) {}
    void trace(rt::Tracer& t) override {
        t.mark(callable);
        t.mark(sentinel);
    }
};

// Every iterator is its own iterable.

Result<Value> enumerate_construct(rt::TypeObject*, const CallArgs& args) {
    Value params[2];
    MINIPY_TRY(rt::bind_args(args, "enumerate", {"iterable", "start"}, 1, params));
    Value start = params[1].is_null() ? Value::small_int(0) : MINIPY_TRY(index_value(params[1]));
    Value iterator = MINIPY_TRY(rt::iter(params[0]));
    return Value::object(rt::make<EnumerateObject>(iterator, start));
}

Result<Value> enumerate_next(Value self) {
    auto* e = self.as<EnumerateObject>();
    Value item = MINIPY_TRY(rt::next(e->iterator));
    if (item.is_exhausted()) return item;
    Value index = e->count;
    // Nothing below calls back into Python, so [item] needs no root.
    if (index.is_small_int() && index.as_small_int() < Value::kSmallIntMax)
        e->count = Value::small_int(index.as_small_int() + 1);
    else
        e->count = MINIPY_TRY(rt::binary_op(rt::BinaryOp::Add, index, Value::small_int(1)));
    return rt::make_tuple({index, item});
}

Result<Value> zip_construct(rt::TypeObject*, const CallArgs& args) {
    Value strict;
    MINIPY_TRY(bind_keywords(args, "zip()", {"strict"}, &strict));
    std::vector<Value> iterators;
    rt::RootVector keep(iterators);
    for (std::size_t i = 0; i < args.nargs; ++i) iterators.push_back(MINIPY_TRY(rt::iter(args[i])));
    bool is_strict = strict.is_null() ? false : MINIPY_TRY(rt::truthy(strict));
    return Value::object(rt::make<ZipObject>(std::move(iterators), is_strict));
}

// zip(strict=True) found iterator [index] exhausted (or, when [longer],
// the only one not exhausted after the first ran out).
rt::Error zip_length_mismatch(std::size_t index, bool longer) {
    std::string others = index == 1 ? "argument 1" : "arguments 1-" + std::to_string(index);
    return rt::raise_error(rt::g_exc.ValueError, "zip() argument {} is {} than {}",
                           {std::to_string(index + 1), longer ? "longer" : "shorter", others});
}

Result<Value> zip_next(Value self) {
    auto* z = self.as<ZipObject>();
    if (z->iterators.empty()) return Value::exhausted();
    std::vector<Value> items;
    rt::RootVector keep(items);
    for (std::size_t i = 0; i < z->iterators.size(); ++i) {
        Value item = MINIPY_TRY(rt::next(z->iterators[i]));
        if (!item.is_exhausted()) {
            items.push_back(item);
            continue;
        }
        if (!z->strict) return item;
        if (i > 0) return zip_length_mismatch(i, false);
        // The first input ended: strict mode requires all the others to end too.
        for (std::size_t k = 1; k < z->iterators.size(); ++k) {
            Value extra = MINIPY_TRY(rt::next(z->iterators[k]));
            if (!extra.is_exhausted()) return zip_length_mismatch(k, true);
        }
        return item;
    }
    return rt::make_tuple(std::move(items));
}

Result<Value> map_construct(rt::TypeObject*, const CallArgs& args) {
    MINIPY_TRY(rt::no_keywords(args, "map"));
    if (args.nargs < 2) return rt::raise_error(rt::g_exc.TypeError, "map() must have at least two arguments.");
    std::vector<Value> iterators;
    rt::RootVector keep(iterators);
    for (std::size_t i = 1; i < args.nargs; ++i) iterators.push_back(MINIPY_TRY(rt::iter(args[i])));
    return Value::object(rt::make<MapObject>(args[0], std::move(iterators)));
}

Result<Value> map_next(Value self) {
    auto* m = self.as<MapObject>();
    std::vector<Value> call_args;
    rt::RootVector keep(call_args);
    for (Value iterator : m->iterators) {
        Value item = MINIPY_TRY(rt::next(iterator));
        if (item.is_exhausted()) return item;
        call_args.push_back(item);
    }
    return rt::call(m->function, CallArgs{call_args.data(), call_args.size(), nullptr});
}

Result<Value> filter_construct(rt::TypeObject*, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "filter", 2, 2));
    Value iterator = MINIPY_TRY(rt::iter(args[1]));
    return Value::object(rt::make<FilterObject>(args[0], iterator));
}

Result<Value> filter_next(Value self) {
    auto* f = self.as<FilterObject>();
    // CPython: filter(None, xs) and filter(bool, xs) both test the items themselves.
    bool plain_truth = f->predicate.is_none() || f->predicate.is(Value::object(rt::g_types.bool_));
    rt::Root item;
    for (;;) {
        item.set(MINIPY_TRY(rt::next(f->iterator)));
        if (item.get().is_exhausted()) return item.get();
        Value verdict = plain_truth ? item.get() : MINIPY_TRY(rt::call1(f->predicate, item.get()));
        if (MINIPY_TRY(rt::truthy(verdict))) return item.get();
        MINIPY_TRY(rt::poll_breaker());
    }
}

// True if [type] or a base fills slot [member], or defines the dunder
// [name] (a user class, whose slots may dispatch to any method).
template <class Slot>
bool type_supports(rt::TypeObject* type, Slot rt::TypeSlots::*member, std::string_view name) {
    for (rt::TypeObject* t = type; t; t = t->base)
        if (t->slots.*member) return true;
    return user_type_defines(type, name);
}

// True for types reversed() may walk by index: len() and [] both defined,
// and not a mapping.
bool supports_sequence_protocol(rt::TypeObject* type) {
    return !type->is_subtype_of(rt::g_types.dict) && type_supports(type, &rt::TypeSlots::getitem, "__getitem__") &&
           type_supports(type, &rt::TypeSlots::len, "__len__");
}

Result<Value> reversed_construct(rt::TypeObject*, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "reversed", 1, 1));
    Value seq = args[0];
    rt::TypeObject* type = rt::type_of(seq);
    if (rt::is_type(seq, rt::g_types.range)) return rt::range_reversed(seq.as<rt::RangeObject>());
    Value custom = MINIPY_TRY(call_special(seq, "__reversed__"));
    if (!custom.is_exhausted()) return custom;
    if (type->is_subtype_of(rt::g_types.dict)) {
        // FIXME: CPython returns a dict_reversekeyiterator that sees
        // later changes; minipy walks a snapshot of the keys.
        std::vector<Value> keys;
        for (const rt::HashEntry& e : seq.as<rt::DictObject>()->table.entries())
            if (!e.key.is_null()) keys.push_back(e.key);
        auto last = static_cast<std::int64_t>(keys.size()) - 1;
        return Value::object(rt::make<ReversedObject>(rt::make_list(std::move(keys)), last));
    }
    if (!supports_sequence_protocol(type))
        return rt::raise_error(rt::g_exc.TypeError, "'{}' object is not reversible", {rt::type_name(seq)});
    std::int64_t length = MINIPY_TRY(rt::length(seq));
    return Value::object(rt::make<ReversedObject>(seq, length - 1));
}

Result<Value> reversed_next(Value self) {
    auto* r = self.as<ReversedObject>();
    if (r->index < 0) return Value::exhausted();
    if (rt::is_list(r->sequence)) {
        // The list may have shrunk since: CPython's list_reverseiterator stops then.
        const auto& items = r->sequence.as<rt::ListObject>()->items;
        if (static_cast<std::size_t>(r->index) >= items.size()) {
            r->index = -1;
            return Value::exhausted();
        }
        return items[static_cast<std::size_t>(r->index--)];
    }
    auto item = rt::getitem(r->sequence, rt::make_int(r->index));
    if (item.is_error()) {
        if (!rt::exception_matches(rt::g_exc.IndexError) && !rt::exception_matches(rt::g_exc.StopIteration))
            return rt::kError;
        rt::clear_exception();
        r->index = -1;
        return Value::exhausted();
    }
    --r->index;
    return item;
}

Result<Value> callable_iterator_next(Value self) {
    auto* it = self.as<CallableIteratorObject>();
    if (it->callable.is_null()) return Value::exhausted();
    rt::Root result(MINIPY_TRY(rt::call0(it->callable)));
    if (MINIPY_TRY(rt::equal(it->sentinel, result.get()))) {
        it->callable = Value::null();
        return Value::exhausted();
    }
    return result.get();
}

using Construct = Result<Value> (*)(rt::TypeObject*, const CallArgs&);
using Next = Result<Value> (*)(Value);

// The runtime may not have made these types (only the builtins use them).
void define_iterator_type(rt::TypeObject*& type, const char* name, Construct construct, Next next) {
    if (!type) type = rt::make_builtin_type(name, nullptr);
    type->slots.construct = construct;
    type->slots.iter = rt::iter_self;
    type->slots.next = next;
}

}  // namespace

Value make_callable_iterator(Value callable, Value sentinel) {
    return Value::object(rt::make<CallableIteratorObject>(callable, sentinel));
}

void init_iterator_types() {
    rt::BuiltinTypes& t = rt::g_types;
    define_iterator_type(t.enumerate, "enumerate", enumerate_construct, enumerate_next);
    define_iterator_type(t.zip, "zip", zip_construct, zip_next);
    define_iterator_type(t.map, "map", map_construct, map_next);
    define_iterator_type(t.filter, "filter", filter_construct, filter_next);
    define_iterator_type(t.reversed, "reversed", reversed_construct, reversed_next);
    define_iterator_type(t.callable_iterator, "callable_iterator", nullptr, callable_iterator_next);
    rt::init_range_type();
}

}  // namespace minipy::stdlib
