// runtime/class_object.h: classes written in Python. A `class` statement
// makes a TypeObject whose slots are dispatchers: each looks the matching
// dunder up along the class's bases and calls it, falling back to the
// nearest built-in base's slot. Instances are InstanceObjects with a
// __dict__ (or ExceptionObjects, for subclasses of BaseException).
//
// Also here: the descriptors that make methods work (property,
// staticmethod, classmethod) and super().
#pragma once

#include <string_view>

#include "runtime/dict_object.h"
#include "runtime/object.h"

namespace minipy::rt {

struct InstanceObject : Object {
    DictObject* dict;
    explicit InstanceObject(TypeObject* t);
    void trace(Tracer& t) override { t.mark(dict); }
};

struct PropertyObject : Object {
    Value fget, fset, fdel, doc;
    PropertyObject(Value get, Value set, Value del, Value d);
    void trace(Tracer& t) override;
};

// staticmethod and classmethod: a wrapped callable.
struct MethodWrapperObject : Object {
    Value function;
    MethodWrapperObject(TypeObject* t, Value f) : Object(t), function(f) {}
    void trace(Tracer& t) override { t.mark(function); }
};

struct SuperObject : Object {
    TypeObject* start;  // lookups begin at start->base
    Value self;         // the instance, or a class (from a classmethod)
    SuperObject(TypeObject* s, Value o);
    void trace(Tracer& t) override;
};

struct ClassTypes {
    TypeObject* property = nullptr;
    TypeObject* staticmethod = nullptr;
    TypeObject* classmethod = nullptr;
    TypeObject* super = nullptr;
};
extern ClassTypes g_class_types;

// Creates the class [name] with single base [base] (object when null) and
// namespace [dict]; TypeError/NotImplementedError for what minipy refuses.
Result<Value> make_class(std::string_view name, Value bases_tuple, DictObject* dict);

// The dunder [name] defined by a Python class on [type]'s chain, stopping at
// the first built-in base; null when none defines it.
Value user_dunder(TypeObject* type, StrObject* name);

// super(type, obj), as the builtin does once it has found both.
Result<Value> make_super(TypeObject* type, Value obj);

// Attribute lookup on an instance of a Python class: data descriptors,
// the instance dict, then the class (binding functions), then __getattr__.
Result<Value> instance_getattr(Value self, StrObject* name);

// True for the names "__setattr__" and "__delattr__", whose definition in a
// class makes attribute assignment on its instances call it.
bool is_setattr_hook(Value name);

// The instance dict of [obj] when attribute access on it is the default
// one: an instance of a Python class (not an exception) with no property,
// __setattr__ or __delattr__ on its chain. Then the dict alone decides `obj.name` when it holds the
// name, and `obj.name = v` only stores into it, so the VM's attribute
// caches may read and write its entries directly. Null otherwise.
DictObject* plain_instance_dict(Value obj);

// The plain function `obj.name` would bind, when nothing shadows it (no
// instance attribute, no descriptor); null otherwise. LOAD_METHOD's fast path.
Value plain_method(Value obj, StrObject* name);

void init_class_types();

}  // namespace minipy::rt
