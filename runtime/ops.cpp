// runtime/ops.cpp: the object protocols (see ops.h). Fast paths for the
// inline types (small int, float, bool, None) come first; everything else
// dispatches through the type's slots, walking base types when a slot is
// unset, with CPython's reflected-operand rules for operators.
#include "runtime/ops.h"

#include "runtime/class_object.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy::rt {

namespace {

// The first non-null slot along the base chain.
template <class F>
F slot_of(TypeObject* t, F TypeSlots::*member) {
    for (; t; t = t->base)
        if (t->slots.*member) return t->slots.*member;
    return nullptr;
}



}  // namespace

std::string_view type_name(Value v) { return type_of(v)->name; }

Result<Value> repr(Value v) {
    auto fn = slot_of(type_of(v), &TypeSlots::repr);
    if (!fn) return raise_error(g_exc.TypeError, "cannot repr '{}' object", {type_name(v)});
    return fn(v);
}

Result<Value> str(Value v) {
    if (is_str(v)) return v;
    if (auto fn = slot_of(type_of(v), &TypeSlots::str)) return fn(v);
    return repr(v);
}

Result<std::string> repr_string(Value v) {
    Value r = MINIPY_TRY(repr(v));
    return std::string(str_view(r));
}

Result<std::string> str_string(Value v) {
    Value r = MINIPY_TRY(str(v));
    return std::string(str_view(r));
}

Result<std::int64_t> hash(Value v) {
    if (v.is_small_int() || v.is_bool()) return int_hash(v);
    if (v.is_double()) return float_hash(v.as_double());
    if (is_str(v)) return str_hash(v.as<StrObject>());
    if (auto fn = slot_of(type_of(v), &TypeSlots::hash)) return fn(v);
    // Identity hash, as object.__hash__ (address without alignment bits).
    auto h = static_cast<std::int64_t>(v.bits() >> 4);
    return h == -1 ? -2 : h;
}

Result<bool> truthy(Value v) {
    if (v.is_bool()) return v.is_true();
    if (v.is_none()) return false;
    if (v.is_small_int()) return v.as_small_int() != 0;
    if (v.is_double()) return v.as_double() != 0.0;
    TypeObject* t = type_of(v);
    if (auto fn = slot_of(t, &TypeSlots::truthy)) return fn(v);
    if (auto fn = slot_of(t, &TypeSlots::len)) return MINIPY_TRY(fn(v)) != 0;
    return true;
}

Result<Value> compare(Value a, Value b, CompareOp op) {
    if (Value::both_small_ints(a, b)) {
        std::int64_t x = a.as_small_int(), y = b.as_small_int();
        switch (op) {
            case CompareOp::Lt: return Value::boolean(x < y);
            case CompareOp::Le: return Value::boolean(x <= y);
            case CompareOp::Eq: return Value::boolean(x == y);
            case CompareOp::Ne: return Value::boolean(x != y);
            case CompareOp::Gt: return Value::boolean(x > y);
            case CompareOp::Ge: return Value::boolean(x >= y);
        }
    }
    TypeObject* ta = type_of(a);
    TypeObject* tb = type_of(b);
    // CPython: a right operand whose type is a proper subclass goes first.
    bool reflected_first = ta != tb && tb->is_subtype_of(ta) && !tb->is_builtin;
    auto fa = slot_of(ta, &TypeSlots::compare);
    auto fb = slot_of(tb, &TypeSlots::compare);
    if (reflected_first && fb) {
        Value r = MINIPY_TRY(fb(b, a, reflected(op)));
        if (!r.is(g_not_implemented)) return r;
    }
    if (fa) {
        Value r = MINIPY_TRY(fa(a, b, op));
        if (!r.is(g_not_implemented)) return r;
    }
    // CPython tries the reflected operation even between equal types.
    if (!reflected_first && fb) {
        Value r = MINIPY_TRY(fb(b, a, reflected(op)));
        if (!r.is(g_not_implemented)) return r;
    }
    if (op == CompareOp::Eq) return Value::boolean(a.is(b));
    if (op == CompareOp::Ne) return Value::boolean(!a.is(b));
    return raise_error(g_exc.TypeError, msg::kUnsupportedCompare,
                       {compare_op_symbol(op), ta->name, tb->name});
}

Result<bool> compare_bool(Value a, Value b, CompareOp op) {
    Value r = MINIPY_TRY(compare(a, b, op));
    if (r.is_bool()) return r.is_true();
    return truthy(r);
}

Result<bool> equal(Value a, Value b) {
    // Containers treat identity as equality (CPython's PyObject_RichCompareBool).
    if (a.is(b)) return true;
    if (Value::both_small_ints(a, b)) return false;
    if (is_str(a) && is_str(b)) return str_equal(a.as<StrObject>(), b.as<StrObject>());
    return compare_bool(a, b, CompareOp::Eq);
}

Result<Value> binary_op(BinaryOp op, Value a, Value b) {
    TypeObject* ta = type_of(a);
    TypeObject* tb = type_of(b);
    auto fa = slot_of(ta, &TypeSlots::binary);
    auto fb = slot_of(tb, &TypeSlots::binary);
    BinaryOp plain = plain_op(op);
    if (is_inplace(op) && fa) {
        // An in-place operator first asks the left operand to mutate itself.
        Value r = MINIPY_TRY(fa(op, a, b));
        if (!r.is(g_not_implemented)) return r;
    }
    bool reflected_first = ta != tb && tb->is_subtype_of(ta) && !tb->is_builtin;
    if (reflected_first && fb) {
        Value r = MINIPY_TRY(fb(plain, a, b));
        if (!r.is(g_not_implemented)) return r;
    }
    if (fa) {
        Value r = MINIPY_TRY(fa(plain, a, b));
        if (!r.is(g_not_implemented)) return r;
    }
    if (!reflected_first && fb && fb != fa) {
        Value r = MINIPY_TRY(fb(plain, a, b));
        if (!r.is(g_not_implemented)) return r;
    }
    if (op == BinaryOp::Power)
        return raise_error(g_exc.TypeError, "unsupported operand type(s) for ** or pow(): '{}' and '{}'", {ta->name, tb->name});
    std::string symbol = std::string(binary_op_symbol(op)) + (is_inplace(op) ? "=" : "");
    return raise_error(g_exc.TypeError, msg::kUnsupportedBinary, {symbol, ta->name, tb->name});
}

Result<Value> unary_op(UnaryOp op, Value v) {
    if (auto fn = slot_of(type_of(v), &TypeSlots::unary)) {
        Value r = MINIPY_TRY(fn(op, v));
        if (!r.is(g_not_implemented)) return r;
    }
    static constexpr const char* kNames[] = {"-", "+", "~"};
    return raise_error(g_exc.TypeError, msg::kBadUnary, {kNames[static_cast<int>(op)], type_name(v)});
}

Result<bool> contains(Value container, Value item) {
    if (auto fn = slot_of(type_of(container), &TypeSlots::contains)) return fn(container, item);
    // Fall back to iteration, as CPython's PySequence_Contains does.
    Value it = MINIPY_TRY(iter(container));
    Root root(it);
    for (;;) {
        Value x = MINIPY_TRY(next(it));
        if (x.is_exhausted()) return false;
        if (MINIPY_TRY(equal(x, item))) return true;
    }
}

Result<std::int64_t> length(Value v) {
    if (auto fn = slot_of(type_of(v), &TypeSlots::len)) return fn(v);
    return raise_error(g_exc.TypeError, msg::kNoLen, {type_name(v)});
}

Result<Value> getitem(Value container, Value key) {
    if (auto fn = slot_of(type_of(container), &TypeSlots::getitem)) return fn(container, key);
    if (is_type(container, g_types.type))
        return raise_error(g_exc.TypeError, "type '{}' is not subscriptable", {container.as<TypeObject>()->name});
    return raise_error(g_exc.TypeError, msg::kNotSubscriptable, {type_name(container)});
}

Result<void> setitem(Value container, Value key, Value value) {
    if (auto fn = slot_of(type_of(container), &TypeSlots::setitem)) return fn(container, key, value);
    return raise_error(g_exc.TypeError, "'{}' object does not support item assignment", {type_name(container)});
}

Result<void> delitem(Value container, Value key) {
    if (auto fn = slot_of(type_of(container), &TypeSlots::setitem)) return fn(container, key, Value::null());
    return raise_error(g_exc.TypeError, "'{}' object doesn't support item deletion", {type_name(container)});
}

Value type_lookup(TypeObject* type, StrObject* name) {
    for (TypeObject* t = type; t; t = t->base) {
        Value v = t->dict->get_str(name);
        if (!v.is_null()) return v;
    }
    return Value::null();
}

Result<Value> getattr(Value obj, StrObject* name) {
    if (auto fn = slot_of(type_of(obj), &TypeSlots::getattr)) return fn(obj, name);
    return generic_getattr(obj, name);
}

Value bind_builtin_method(Value attr, Value self) {
    if (!is_type(attr, g_types.builtin_function) || !attr.as<NativeFunctionObject>()->is_method) return attr;
    auto* f = attr.as<NativeFunctionObject>();
    Value bound = make_native_function(f->name, f->fn, self);
    bound.as<NativeFunctionObject>()->is_method = true;
    return bound;
}

Result<Value> generic_getattr(Value obj, StrObject* name) {
    TypeObject* t = type_of(obj);
    Value attr = type_lookup(t, name);
    if (!attr.is_null()) return bind_builtin_method(attr, obj);
    if (name->view() == "__class__") return Value::object(t);
    return raise_error(g_exc.AttributeError, msg::kNoAttribute, {t->name, name->view()});
}

Result<Value> getattr_or_null(Value obj, StrObject* name) {
    auto r = getattr(obj, name);
    if (!r.is_error()) return r;
    if (!exception_matches(g_exc.AttributeError)) return kError;
    clear_exception();
    // A null Value here would read as an error, so "absent" is the
    // exhausted marker, which never escapes to Python code.
    return Value::exhausted();
}

Result<void> setattr(Value obj, StrObject* name, Value value) {
    TypeObject* t = type_of(obj);
    if (auto fn = slot_of(t, &TypeSlots::setattr)) return fn(obj, name, value);
    if (type_lookup(t, name).is_null())
        return raise_error(g_exc.AttributeError, msg::kNoAttribute, {t->name, name->view()});
    return raise_error(g_exc.AttributeError, "'{}' object attribute '{}' is read-only", {t->name, name->view()});
}

Result<void> delattr(Value obj, StrObject* name) { return setattr(obj, name, Value::null()); }

Result<Value> lookup_method(Value obj, StrObject* name, bool& unbound) {
    unbound = false;
    TypeObject* t = type_of(obj);
    if (!t->is_builtin) {
        // obj.method(...) on a Python class: call the function with obj
        // prepended instead of allocating a bound method.
        Value f = plain_method(obj, name);
        if (!f.is_null()) {
            unbound = true;
            return f;
        }
        return getattr(obj, name);
    }
    if (!slot_of(t, &TypeSlots::getattr)) {
        Value attr = type_lookup(t, name);
        if (is_type(attr, g_types.builtin_function) && attr.as<NativeFunctionObject>()->is_method) {
            unbound = true;
            return attr;
        }
    }
    return getattr(obj, name);
}

Result<Value> iter(Value v) {
    if (auto fn = slot_of(type_of(v), &TypeSlots::iter)) return fn(v);
    return raise_error(g_exc.TypeError, msg::kNotIterable, {type_name(v)});
}

Result<Value> iter_self(Value self) { return self; }

Result<Value> next(Value iterator) {
    if (auto fn = slot_of(type_of(iterator), &TypeSlots::next)) return fn(iterator);
    return raise_error(g_exc.TypeError, "'{}' object is not an iterator", {type_name(iterator)});
}

bool is_callable(Value v) {
    TypeObject* type = type_of(v);
    if (!type->is_builtin) return !type_lookup(type, intern("__call__")).is_null();
    for (TypeObject* t = type; t; t = t->base)
        if (t->slots.call) return true;
    return false;
}

Result<Value> call(Value callable, const CallArgs& args) {
    if (auto fn = slot_of(type_of(callable), &TypeSlots::call)) return fn(callable, args);
    return raise_error(g_exc.TypeError, msg::kNotCallable, {type_name(callable)});
}

Result<Value> call0(Value callable) { return call(callable, CallArgs{nullptr, 0, nullptr}); }

Result<Value> call1(Value callable, Value a) {
    Value args[1] = {a};
    return call(callable, CallArgs{args, 1, nullptr});
}

Result<Value> call2(Value callable, Value a, Value b) {
    Value args[2] = {a, b};
    return call(callable, CallArgs{args, 2, nullptr});
}

Result<Value> call_method0(Value obj, std::string_view name) {
    Value m = MINIPY_TRY(getattr(obj, intern(name)));
    return call0(m);
}

Result<std::int64_t> as_index(Value v, std::string_view) {
    if (v.is_small_int()) return v.as_small_int();
    if (v.is_bool()) return v.is_true() ? 1 : 0;
    if (is_int(v)) {
        std::int64_t out = 0;
        if (int_to_int64(v, out)) return out;
        return raise_error(g_exc.IndexError, "cannot fit 'int' into an index-sized integer");
    }
    return raise_error(g_exc.TypeError, "'{}' object cannot be interpreted as an integer", {type_name(v)});
}

bool normalize_index(std::int64_t& index, std::int64_t length) {
    if (index < 0) index += length;
    return index >= 0 && index < length;
}

namespace {
Result<void> (*g_breaker_service)() = nullptr;
}

void set_native_breaker_service(Result<void> (*fn)()) { g_breaker_service = fn; }

Result<void> poll_breaker() {
    // Checking the word costs a load; every 1024 iterations keeps the
    // latency far below a millisecond for any native loop body.
    if ((++g_thread->poll_counter & 1023) != 0) return {};
    return poll_breaker_now();
}

Result<void> poll_breaker_now() {
    if (g_thread->breaker->any() && g_breaker_service) return g_breaker_service();
    return {};
}

}  // namespace minipy::rt
