// runtime/class_object.cpp: Python classes (see class_object.h). Every slot
// of a Python class is a dispatcher that finds the dunder along the class's
// bases; messages for a missing dunder are CPython 3.11's.
#include "runtime/class_object.h"

#include <cstdio>

#include "runtime/args.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy::rt {

ClassTypes g_class_types;

InstanceObject::InstanceObject(TypeObject* t) : Object(t), dict(make<DictObject>()) {}

PropertyObject::PropertyObject(Value get, Value set, Value del, Value d)
    : Object(g_class_types.property), fget(get), fset(set), fdel(del), doc(d) {}

void PropertyObject::trace(Tracer& t) {
    t.mark(fget);
    t.mark(fset);
    t.mark(fdel);
    t.mark(doc);
}

SuperObject::SuperObject(TypeObject* s, Value o) : Object(g_class_types.super), start(s), self(o) {}

void SuperObject::trace(Tracer& t) {
    t.mark(start);
    t.mark(self);
}

Value user_dunder(TypeObject* type, StrObject* name) {
    for (TypeObject* t = type; t && !t->is_builtin; t = t->base) {
        Value v = t->dict->get_str(name);
        if (!v.is_null()) return v;
    }
    return Value::null();
}

namespace {

// True if a property may sit on [type]'s chain (only Python classes hold them).
bool chain_has_properties(const TypeObject* type) {
    for (; type && !type->is_builtin; type = type->base)
        if (type->has_properties) return true;
    return false;
}

bool chain_has_setattr_hook(const TypeObject* type) {
    for (; type && !type->is_builtin; type = type->base)
        if (type->custom_setattr) return true;
    return false;
}

TypeObject* builtin_base(TypeObject* type) {
    while (!type->is_builtin) type = type->base;
    return type;
}

// The instance's attribute dict: InstanceObject's, or an exception's
// (created on demand); null for objects without one.
DictObject* instance_dict(Value self, bool create) {
    Object* o = self.as_object();
    if (o->type->is_exception) {
        auto* e = static_cast<ExceptionObject*>(o);
        if (!e->dict && create) e->dict = make<DictObject>();
        return e->dict;
    }
    if (!o->type->is_builtin) return static_cast<InstanceObject*>(o)->dict;
    return nullptr;
}

// What attribute access on [self] makes of a class attribute [attr].
Value bind(Value attr, Value self) {
    if (is_type(attr, g_types.function)) return make_bound_method(attr, self);
    if (is_type(attr, g_class_types.staticmethod)) return attr.as<MethodWrapperObject>()->function;
    if (is_type(attr, g_class_types.classmethod))
        return make_bound_method(attr.as<MethodWrapperObject>()->function, Value::object(type_of(self)));
    return bind_builtin_method(attr, self);
}

// Calls the class attribute [method] as a method of [self] with [args]:
// a plain function gets self prepended (no bound-method object).
Result<Value> call_as_method(Value method, Value self, const CallArgs& args) {
    if (!is_type(method, g_types.function)) {
        Root bound(bind(method, self));
        return call(bound.get(), args);
    }
    std::size_t total = args.nargs + args.nkw();
    std::vector<Value> buf;
    buf.reserve(total + 1);
    buf.push_back(self);
    buf.insert(buf.end(), args.args, args.args + total);
    RootVector root(buf);
    return call(method, CallArgs{buf.data(), args.nargs + 1, args.kwnames});
}

Result<Value> call_method(Value method, Value self, std::initializer_list<Value> args) {
    std::vector<Value> values(args);
    return call_as_method(method, self, CallArgs{values.data(), values.size(), nullptr});
}

Result<Value> call_named(Value self, const char* name, std::initializer_list<Value> args, bool& found) {
    Value m = user_dunder(type_of(self), intern(name));
    found = !m.is_null();
    if (!found) return Value::none();
    return call_method(m, self, args);
}

Error property_error(Value self, StrObject* name, const char* what) {
    return raise_error(g_exc.AttributeError, "property '{}' of '{}' object has no {}",
                       {name->view(), type_name(self), what});
}

// ---- the dispatchers ------------------------------------------------------

Result<Value> default_instance_repr(Value self) {
    TypeObject* t = type_of(self);
    Value module = type_lookup(t, intern("__module__"));
    std::string prefix = is_str(module) ? std::string(str_view(module)) + "." : "";
    char addr[32];
    std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(self.as_object()));
    return make_str("<" + prefix + (t->qualname.empty() ? t->name : t->qualname) + " object at " + addr + ">");
}

Result<Value> user_repr(Value self) {
    bool found = false;
    Value r = MINIPY_TRY(call_named(self, "__repr__", {}, found));
    if (!found) {
        TypeObject* b = builtin_base(type_of(self));
        if (b != g_types.object && b->slots.repr) return b->slots.repr(self);
        return default_instance_repr(self);
    }
    if (!is_str(r)) return raise_error(g_exc.TypeError, "__repr__ returned non-string (type {})", {type_name(r)});
    return r;
}

Result<Value> user_str(Value self) {
    bool found = false;
    Value r = MINIPY_TRY(call_named(self, "__str__", {}, found));
    if (!found) {
        TypeObject* b = builtin_base(type_of(self));
        if (b != g_types.object && b->slots.str) return b->slots.str(self);
        return user_repr(self);
    }
    if (!is_str(r)) return raise_error(g_exc.TypeError, "__str__ returned non-string (type {})", {type_name(r)});
    return r;
}

Result<std::int64_t> user_hash(Value self) {
    TypeObject* t = type_of(self);
    Value h = user_dunder(t, intern("__hash__"));
    // CPython: defining __eq__ without __hash__ makes instances unhashable.
    if (h.is_none() || (h.is_null() && !user_dunder(t, intern("__eq__")).is_null()))
        return raise_error(g_exc.TypeError, msg::kUnhashable, {t->name});
    if (h.is_null()) {
        auto v = static_cast<std::int64_t>(self.bits() >> 4);
        return v == -1 ? -2 : v;
    }
    Value r = MINIPY_TRY(call_method(h, self, {}));
    if (!is_int(r)) return raise_error(g_exc.TypeError, "__hash__ method should return an integer");
    return hash(r);
}

constexpr const char* kCompareNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

Result<Value> user_compare(Value self, Value other, CompareOp op) {
    bool found = false;
    Value r = MINIPY_TRY(call_named(self, kCompareNames[static_cast<int>(op)], {other}, found));
    if (found) return r;
    if (op == CompareOp::Ne) {
        // object.__ne__ inverts __eq__ unless that is NotImplemented.
        Value eq = MINIPY_TRY(call_named(self, "__eq__", {other}, found));
        if (!found || eq.is(g_not_implemented)) return g_not_implemented;
        return Value::boolean(!MINIPY_TRY(truthy(eq)));
    }
    return g_not_implemented;
}

constexpr const char* kBinaryNames[][3] = {
    {"__add__", "__radd__", "__iadd__"},       {"__and__", "__rand__", "__iand__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}, {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"}, {"__mul__", "__rmul__", "__imul__"},
    {"__mod__", "__rmod__", "__imod__"},       {"__or__", "__ror__", "__ior__"},
    {"__pow__", "__rpow__", "__ipow__"},       {"__rshift__", "__rrshift__", "__irshift__"},
    {"__sub__", "__rsub__", "__isub__"},       {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__xor__", "__rxor__", "__ixor__"},
};

// Called for either operand's class: tries a.__op__(b), then b.__rop__(a).
Result<Value> user_binary(BinaryOp op, Value a, Value b) {
    int plain = static_cast<int>(op) % kBinaryOpCount;
    TypeObject* ta = type_of(a);
    TypeObject* tb = type_of(b);
    bool found = false;
    if (static_cast<int>(op) >= kBinaryOpCount) {
        if (ta->is_builtin) return g_not_implemented;
        Value r = MINIPY_TRY(call_named(a, kBinaryNames[plain][2], {b}, found));
        return found ? r : g_not_implemented;
    }
    if (!ta->is_builtin) {
        Value r = MINIPY_TRY(call_named(a, kBinaryNames[plain][0], {b}, found));
        if (found && !r.is(g_not_implemented)) return r;
    }
    if (!tb->is_builtin && tb != ta) {
        Value r = MINIPY_TRY(call_named(b, kBinaryNames[plain][1], {a}, found));
        if (found && !r.is(g_not_implemented)) return r;
    }
    return g_not_implemented;
}

Result<Value> user_unary(UnaryOp op, Value self) {
    static constexpr const char* kNames[] = {"__neg__", "__pos__", "__invert__"};
    bool found = false;
    Value r = MINIPY_TRY(call_named(self, kNames[static_cast<int>(op)], {}, found));
    return found ? r : g_not_implemented;
}

Result<std::int64_t> user_len(Value self) {
    bool found = false;
    Value r = MINIPY_TRY(call_named(self, "__len__", {}, found));
    if (!found) return raise_error(g_exc.TypeError, msg::kNoLen, {type_name(self)});
    if (!is_int(r))
        return raise_error(g_exc.TypeError, "'{}' object cannot be interpreted as an integer", {type_name(r)});
    std::int64_t n = 0;
    if (!int_to_int64(r, n)) return raise_error(g_exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    if (n < 0) return raise_error(g_exc.ValueError, "__len__() should return >= 0");
    return n;
}

Result<bool> user_truthy(Value self) {
    bool found = false;
    Value r = MINIPY_TRY(call_named(self, "__bool__", {}, found));
    if (found) {
        if (!r.is_bool()) return raise_error(g_exc.TypeError, "__bool__ should return bool, returned {}", {type_name(r)});
        return r.is_true();
    }
    if (user_dunder(type_of(self), intern("__len__")).is_null()) return true;
    return MINIPY_TRY(user_len(self)) != 0;
}

Result<Value> user_getitem(Value self, Value key) {
    bool found = false;
    Value r = MINIPY_TRY(call_named(self, "__getitem__", {key}, found));
    if (found) return r;
    return raise_error(g_exc.TypeError, msg::kNotSubscriptable, {type_name(self)});
}

Result<void> user_setitem(Value self, Value key, Value value) {
    bool found = false;
    if (value.is_null()) {
        MINIPY_TRY(call_named(self, "__delitem__", {key}, found));
        if (!found) return raise_error(g_exc.TypeError, "'{}' object doesn't support item deletion", {type_name(self)});
        return {};
    }
    MINIPY_TRY(call_named(self, "__setitem__", {key, value}, found));
    if (!found) return raise_error(g_exc.TypeError, "'{}' object does not support item assignment", {type_name(self)});
    return {};
}

// Iterates a class that has only __getitem__: obj[0], obj[1], ... until IndexError.
struct SequenceIteratorObject : Object {
    Value sequence;
    std::int64_t index = 0;
    SequenceIteratorObject(TypeObject* t, Value s) : Object(t), sequence(s) {}
    void trace(Tracer& t) override { t.mark(sequence); }
};
TypeObject* g_sequence_iterator = nullptr;

Result<Value> sequence_iterator_next(Value self) {
    auto* it = self.as<SequenceIteratorObject>();
    if (it->sequence.is_null()) return Value::exhausted();
    auto r = getitem(it->sequence, make_int(it->index));
    if (r.is_error()) {
        if (!exception_matches(g_exc.IndexError) && !exception_matches(g_exc.StopIteration)) return kError;
        clear_exception();
        it->sequence = Value::null();
        return Value::exhausted();
    }
    ++it->index;
    return r;
}

// Has a __next__ (for a Python class) or a next slot (for a built-in type).
bool is_iterator(Value v) {
    TypeObject* t = type_of(v);
    if (!t->is_builtin) return !user_dunder(t, intern("__next__")).is_null();
    for (; t; t = t->base)
        if (t->slots.next) return true;
    return false;
}

Result<Value> user_iter(Value self) {
    bool found = false;
    Value r = MINIPY_TRY(call_named(self, "__iter__", {}, found));
    if (found) {
        if (!is_iterator(r)) return raise_error(g_exc.TypeError, "iter() returned non-iterator of type '{}'", {type_name(r)});
        return r;
    }
    if (!user_dunder(type_of(self), intern("__getitem__")).is_null())
        return Value::object(make<SequenceIteratorObject>(g_sequence_iterator, self));
    return raise_error(g_exc.TypeError, msg::kNotIterable, {type_name(self)});
}

Result<Value> user_next(Value self) {
    bool found = false;
    auto r = call_named(self, "__next__", {}, found);
    if (r.is_error()) {
        // The iterator protocol's end: a for loop sees no exception.
        if (!exception_matches(g_exc.StopIteration)) return kError;
        clear_exception();
        return Value::exhausted();
    }
    if (!found) return raise_error(g_exc.TypeError, "'{}' object is not an iterator", {type_name(self)});
    return r;
}

Result<bool> user_contains(Value self, Value item) {
    bool found = false;
    Value r = MINIPY_TRY(call_named(self, "__contains__", {item}, found));
    if (found) return truthy(r);
    TypeObject* t = type_of(self);
    if (user_dunder(t, intern("__iter__")).is_null() && user_dunder(t, intern("__getitem__")).is_null())
        return raise_error(g_exc.TypeError, "argument of type '{}' is not iterable", {t->name});
    Root it(MINIPY_TRY(user_iter(self)));
    for (;;) {
        Value x = MINIPY_TRY(next(it.get()));
        if (x.is_exhausted()) return false;
        if (MINIPY_TRY(equal(x, item))) return true;
    }
}

Result<Value> user_call(Value self, const CallArgs& args) {
    Value m = user_dunder(type_of(self), intern("__call__"));
    if (m.is_null()) return raise_error(g_exc.TypeError, msg::kNotCallable, {type_name(self)});
    return call_as_method(m, self, args);
}

Result<Value> user_getattr(Value self, StrObject* name) { return instance_getattr(self, name); }

// object.__setattr__ / object.__delattr__ (value null): the default store,
// which a class's own __setattr__ calls to really set the attribute.
Result<void> default_setattr(Value self, StrObject* name, Value value) {
    Value attr = chain_has_properties(type_of(self)) ? type_lookup(type_of(self), name) : Value::null();
    if (is_type(attr, g_class_types.property)) {
        auto* p = attr.as<PropertyObject>();
        if (value.is_null()) {
            if (p->fdel.is_none()) return property_error(self, name, "deleter");
            MINIPY_TRY(call1(p->fdel, self));
        } else {
            if (p->fset.is_none()) return property_error(self, name, "setter");
            MINIPY_TRY(call2(p->fset, self, value));
        }
        return {};
    }
    if (type_of(self)->is_exception && builtin_base(type_of(self))->slots.setattr && !value.is_null()) {
        std::string_view n = name->view();
        if (n == "args" || n == "__cause__" || n == "__context__") return builtin_base(type_of(self))->slots.setattr(self, name, value);
    }
    DictObject* dict = instance_dict(self, true);
    if (value.is_null()) {
        bool removed = false;
        MINIPY_TRY(dict->table.remove(Value::object(name), str_hash(name), removed));
        if (!removed) return raise_error(g_exc.AttributeError, msg::kNoAttribute, {type_name(self), name->view()});
        return {};
    }
    dict->set_str(name, value);
    return {};
}

// The setattr slot of Python classes: the class's own __setattr__ /
// __delattr__ (value null) if its chain defines one, else the default.
Result<void> user_setattr(Value self, StrObject* name, Value value) {
    TypeObject* t = type_of(self);
    if (chain_has_setattr_hook(t)) {
        Value hook = user_dunder(t, intern(value.is_null() ? "__delattr__" : "__setattr__"));
        if (!hook.is_null()) {
            if (value.is_null()) MINIPY_TRY(call_method(hook, self, {Value::object(name)}));
            else MINIPY_TRY(call_method(hook, self, {Value::object(name), value}));
            return {};
        }
    }
    return default_setattr(self, name, value);
}

Result<Value> user_construct(TypeObject* type, const CallArgs& args) {
    Value obj;
    Value new_fn = user_dunder(type, intern("__new__"));
    if (!new_fn.is_null()) {
        // __new__ is an implicit staticmethod taking the class first.
        if (is_type(new_fn, g_class_types.staticmethod)) new_fn = new_fn.as<MethodWrapperObject>()->function;
        obj = MINIPY_TRY(call_as_method(new_fn, Value::object(type), args));
        if (!isinstance_of(obj, type)) return obj;
    } else if (type->is_exception) {
        obj = make_exception(type, make_tuple(std::vector<Value>(args.args, args.args + args.nargs)));
    } else {
        obj = Value::object(make<InstanceObject>(type));
    }
    Root keep(obj);
    Value init = user_dunder(type, intern("__init__"));
    if (init.is_null()) {
        if ((args.nargs || args.nkw()) && new_fn.is_null() && !type->is_exception)
            return raise_error(g_exc.TypeError, "{}() takes no arguments", {type->name});
        return obj;
    }
    Value r = MINIPY_TRY(call_as_method(init, obj, args));
    if (!r.is_none()) return raise_error(g_exc.TypeError, "__init__() should return None, not '{}'", {type_name(r)});
    return obj;
}

// ---- property, staticmethod, classmethod, super ---------------------------

Result<Value> property_construct(TypeObject*, const CallArgs& args) {
    Value a[4];
    MINIPY_TRY(bind_args(args, "property", {"fget", "fset", "fdel", "doc"}, 0, a));
    for (Value& v : a)
        if (v.is_null()) v = Value::none();
    if (a[3].is_none() && !a[0].is_none()) {
        auto doc = getattr_or_null(a[0], intern("__doc__"));
        if (doc.is_error()) return kError;
        if (!doc.value().is_exhausted()) a[3] = doc.value();
    }
    return Value::object(make<PropertyObject>(a[0], a[1], a[2], a[3]));
}

// property.getter/setter/deleter: a copy with one accessor replaced.
Result<Value> property_with(Value self, const CallArgs& args, int which) {
    MINIPY_TRY(check_positional(args, which == 0 ? "getter" : which == 1 ? "setter" : "deleter", 1, 1));
    auto* p = self.as<PropertyObject>();
    Value parts[3] = {p->fget, p->fset, p->fdel};
    parts[which] = args[0];
    return Value::object(make<PropertyObject>(parts[0], parts[1], parts[2], p->doc));
}
Result<Value> property_getter(Value self, const CallArgs& args) { return property_with(self, args, 0); }
Result<Value> property_setter(Value self, const CallArgs& args) { return property_with(self, args, 1); }
Result<Value> property_deleter(Value self, const CallArgs& args) { return property_with(self, args, 2); }

Result<Value> property_getattr(Value self, StrObject* name) {
    auto* p = self.as<PropertyObject>();
    std::string_view n = name->view();
    if (n == "fget") return p->fget;
    if (n == "fset") return p->fset;
    if (n == "fdel") return p->fdel;
    if (n == "__doc__") return p->doc;
    return generic_getattr(self, name);
}

Result<Value> wrapper_construct(TypeObject* type, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, type->name, 1, 1));
    return Value::object(make<MethodWrapperObject>(type, args[0]));
}

Result<Value> wrapper_getattr(Value self, StrObject* name) {
    if (name->view() == "__func__") return self.as<MethodWrapperObject>()->function;
    return getattr(self.as<MethodWrapperObject>()->function, name);
}

Result<Value> staticmethod_call(Value self, const CallArgs& args) {
    return call(self.as<MethodWrapperObject>()->function, args);
}

Result<Value> super_getattr(Value self, StrObject* name) {
    auto* s = self.as<SuperObject>();
    if (name->view() == "__class__") return Value::object(g_class_types.super);
    Value attr = s->start->base ? type_lookup(s->start->base, name) : Value::null();
    if (attr.is_null()) return raise_error(g_exc.AttributeError, "'super' object has no attribute '{}'", {name->view()});
    if (is_type(s->self, g_types.type)) {
        // super() in a classmethod: classmethods bind to the class, the rest stays unbound.
        if (is_type(attr, g_class_types.classmethod)) return make_bound_method(attr.as<MethodWrapperObject>()->function, s->self);
        if (is_type(attr, g_class_types.staticmethod)) return attr.as<MethodWrapperObject>()->function;
        return attr;
    }
    return bind(attr, s->self);
}

Result<Value> super_repr(Value self) {
    auto* s = self.as<SuperObject>();
    return make_str("<super: <class '" + s->start->name + "'>, <" + std::string(type_name(s->self)) + " object>>");
}

Result<Value> object_init(Value self, const CallArgs& args) {
    if (args.nargs || args.nkw())
        return raise_error(g_exc.TypeError, "{}.__init__() takes exactly one argument (the instance to initialize)",
                           {type_name(self)});
    return Value::none();
}

Result<Value> object_repr_method(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "__repr__", 0, 0));
    return default_instance_repr(self);
}

// object.__setattr__(self, name, value) and object.__delattr__(self, name).
Result<Value> object_store_attr(Value self, const CallArgs& args, Value value) {
    if (!is_str(args[0])) return raise_error(g_exc.TypeError, "attribute name must be string, not '{}'", {type_name(args[0])});
    StrObject* name = intern(str_view(args[0]));
    // Built-in objects keep their own rules (and messages).
    if (type_of(self)->is_builtin) {
        MINIPY_TRY(value.is_null() ? delattr(self, name) : setattr(self, name, value));
    } else {
        MINIPY_TRY(default_setattr(self, name, value));
    }
    return Value::none();
}

Result<Value> object_setattr_method(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "__setattr__", 2, 2));
    return object_store_attr(self, args, args[1]);
}

Result<Value> object_delattr_method(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "__delattr__", 1, 1));
    return object_store_attr(self, args, Value::null());
}

Result<Value> object_str_method(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "__str__", 0, 0));
    return repr(self);
}

Result<Value> exception_init(Value self, const CallArgs& args) {
    MINIPY_TRY(no_keywords(args, type_name(self)));
    self.as<ExceptionObject>()->args = make_tuple(std::vector<Value>(args.args, args.args + args.nargs));
    return Value::none();
}

Result<Value> exception_str_method(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "__str__", 0, 0));
    return g_exc.BaseException->slots.str(self);
}

Result<Value> exception_repr_method(Value self, const CallArgs& args) {
    MINIPY_TRY(check_positional(args, "__repr__", 0, 0));
    return g_exc.BaseException->slots.repr(self);
}

}  // namespace

bool is_setattr_hook(Value name) {
    return is_str(name) && (str_view(name) == "__setattr__" || str_view(name) == "__delattr__");
}

DictObject* plain_instance_dict(Value obj) {
    if (!obj.is_object()) return nullptr;
    TypeObject* t = obj.as_object()->type;
    if (t->is_builtin || t->is_exception || chain_has_properties(t) || chain_has_setattr_hook(t)) return nullptr;
    return static_cast<InstanceObject*>(obj.as_object())->dict;
}

Result<Value> instance_getattr(Value self, StrObject* name) {
    TypeObject* t = type_of(self);
    // The common case first: no property can shadow the instance dict.
    if (!chain_has_properties(t)) {
        if (DictObject* dict = instance_dict(self, false)) {
            Value v = dict->get_str(name);
            if (!v.is_null()) return v;
        }
    }
    Value attr = type_lookup(t, name);
    if (is_type(attr, g_class_types.property)) {
        auto* p = attr.as<PropertyObject>();
        if (p->fget.is_none()) return property_error(self, name, "getter");
        return call1(p->fget, self);
    }
    if (DictObject* dict = instance_dict(self, false)) {
        Value v = dict->get_str(name);
        if (!v.is_null()) return v;
    }
    if (!attr.is_null()) return bind(attr, self);
    std::string_view n = name->view();
    if (n == "__class__") return Value::object(t);
    if (n == "__dict__") {
        if (DictObject* dict = instance_dict(self, true)) return Value::object(dict);
    }
    // Exceptions keep args, __cause__ and friends outside the dict.
    TypeObject* base = builtin_base(t);
    if (base != g_types.object && base->slots.getattr) {
        auto r = base->slots.getattr(self, name);
        if (!r.is_error() || !exception_matches(g_exc.AttributeError)) return r;
        clear_exception();
    }
    Value fallback = user_dunder(t, intern("__getattr__"));
    if (!fallback.is_null()) return call_method(fallback, self, {Value::object(name)});
    return raise_error(g_exc.AttributeError, msg::kNoAttribute, {t->name, n});
}

Value plain_method(Value obj, StrObject* name) {
    Value attr = type_lookup(type_of(obj), name);
    if (!is_type(attr, g_types.function)) return Value::null();
    DictObject* dict = instance_dict(obj, false);
    if (dict && !dict->get_str(name).is_null()) return Value::null();
    return attr;
}

Result<Value> make_super(TypeObject* type, Value obj) {
    TypeObject* of = is_type(obj, g_types.type) ? obj.as<TypeObject>() : type_of(obj);
    if (!of->is_subtype_of(type))
        return raise_error(g_exc.TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return Value::object(make<SuperObject>(type, obj));
}

Result<Value> make_class(std::string_view name, Value bases, DictObject* dict) {
    auto& items = bases.as<TupleObject>()->items;
    if (items.size() > 1)
        return raise_error(g_exc.NotImplementedError, "multiple inheritance is not supported by minipy");
    TypeObject* base = g_types.object;
    if (!items.empty()) {
        if (!is_type(items[0], g_types.type))
            return raise_error(g_exc.TypeError, "bases must be types");
        base = items[0].as<TypeObject>();
    }
    if (base == g_types.type) return raise_error(g_exc.NotImplementedError, "metaclasses are not supported by minipy");
    if (base->is_builtin && base != g_types.object && !base->is_exception)
        return raise_error(g_exc.NotImplementedError, "subclassing the built-in type '{}' is not supported by minipy",
                           {base->name});
    if (!dict->get_str(intern("__slots__")).is_null())
        return raise_error(g_exc.NotImplementedError, "__slots__ is not supported by minipy");
    if (!dict->get_str(intern("__getattribute__")).is_null())
        return raise_error(g_exc.NotImplementedError, "__getattribute__ is not supported by minipy (__getattr__ is)");
    // CPython: a class that defines __eq__ but not __hash__ gets __hash__ = None.
    if (!dict->get_str(intern("__eq__")).is_null() && dict->get_str(intern("__hash__")).is_null())
        dict->set_str(intern("__hash__"), Value::none());
    auto* t = make<TypeObject>(g_types.type, std::string(name), base);
    t->is_builtin = false;
    for (const HashEntry& e : dict->table.entries()) {
        if (is_type(e.value, g_class_types.property)) t->has_properties = true;
        if (is_setattr_hook(e.key)) t->custom_setattr = true;
    }
    t->is_exception = base->is_exception;
    t->dict = dict;
    Value qualname = dict->get_str(intern("__qualname__"));
    if (is_str(qualname)) {
        t->qualname = str_view(qualname);
        // CPython keeps __qualname__ on the type, not in its __dict__.
        bool removed = false;
        StrObject* key = intern("__qualname__");
        MINIPY_TRY(dict->table.remove(Value::object(key), str_hash(key), removed));
    }
    TypeSlots& s = t->slots;
    s.repr = user_repr;
    s.str = user_str;
    s.hash = user_hash;
    s.compare = user_compare;
    s.binary = user_binary;
    s.unary = user_unary;
    s.truthy = user_truthy;
    s.len = user_len;
    s.getitem = user_getitem;
    s.setitem = user_setitem;
    s.contains = user_contains;
    s.iter = user_iter;
    s.next = user_next;
    s.call = user_call;
    s.getattr = user_getattr;
    s.setattr = user_setattr;
    s.construct = user_construct;
    return Value::object(t);
}

void init_class_types() {
    auto& c = g_class_types;
    c.property = make_builtin_type("property", nullptr);
    c.property->slots.construct = property_construct;
    c.property->slots.getattr = property_getattr;
    add_method(c.property, "getter", property_getter);
    add_method(c.property, "setter", property_setter);
    add_method(c.property, "deleter", property_deleter);
    c.staticmethod = make_builtin_type("staticmethod", nullptr);
    c.staticmethod->slots.construct = wrapper_construct;
    c.staticmethod->slots.getattr = wrapper_getattr;
    c.staticmethod->slots.call = staticmethod_call;
    c.classmethod = make_builtin_type("classmethod", nullptr);
    c.classmethod->slots.construct = wrapper_construct;
    c.classmethod->slots.getattr = wrapper_getattr;
    c.super = make_builtin_type("super", nullptr);
    c.super->slots.getattr = super_getattr;
    c.super->slots.repr = super_repr;
    g_sequence_iterator = make_builtin_type("iterator", nullptr);
    g_sequence_iterator->slots.iter = iter_self;
    g_sequence_iterator->slots.next = sequence_iterator_next;
    add_method(g_types.object, "__init__", object_init);
    add_method(g_types.object, "__repr__", object_repr_method);
    add_method(g_types.object, "__str__", object_str_method);
    add_method(g_types.object, "__setattr__", object_setattr_method);
    add_method(g_types.object, "__delattr__", object_delattr_method);
    add_method(g_exc.BaseException, "__init__", exception_init);
    add_method(g_exc.BaseException, "__str__", exception_str_method);
    add_method(g_exc.BaseException, "__repr__", exception_repr_method);
}

}  // namespace minipy::rt
