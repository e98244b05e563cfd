// runtime/misc_objects.h: the small built-in objects that have no behaviour
// of their own worth a file: range, slice, cell, module, bound method and
// built-in function.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/object.h"

namespace minipy::rt {

struct RangeObject : Object {
    std::int64_t start, stop, step, length;
    RangeObject(std::int64_t start, std::int64_t stop, std::int64_t step);
};

struct SliceObject : Object {
    Value start, stop, step;
    SliceObject(Value a, Value b, Value c);
    void trace(Tracer& t) override { t.mark(start); t.mark(stop); t.mark(step); }
    // Resolves against a sequence of [length] as slice.indices() does.
    Result<void> indices(std::int64_t length, std::int64_t& start, std::int64_t& stop,
                         std::int64_t& step, std::int64_t& count) const;
};

// A closure variable shared between a function and the functions it defines.
struct CellObject : Object {
    Value contents;  // null: empty
    explicit CellObject(Value v);
    void trace(Tracer& t) override { t.mark(contents); }
};

struct ModuleObject : Object {
    StrObject* name;
    DictObject* dict;
    ModuleObject(StrObject* n, DictObject* d);
    void trace(Tracer& t) override;
};

// A built-in function, or a method of a built-in type (bound when self is set).
struct NativeFunctionObject : Object {
    const char* name;
    NativeFn fn;
    Value self;  // null for plain functions and unbound method descriptors
    StrObject* module_name = nullptr;
    // A method of a built-in type: when unbound, its first argument is self.
    bool is_method = false;
    NativeFunctionObject(const char* n, NativeFn f, Value s = Value::null());
    void trace(Tracer& t) override;
};

// A Python function (or any callable) bound to an instance: `obj.method`.
struct BoundMethodObject : Object {
    Value function;
    Value self;
    BoundMethodObject(Value f, Value s);
    void trace(Tracer& t) override { t.mark(function); t.mark(self); }
};

Value make_range(std::int64_t start, std::int64_t stop, std::int64_t step);
Value make_slice(Value start, Value stop, Value step);
Value make_native_function(const char* name, NativeFn fn, Value self = Value::null());
Value make_bound_method(Value function, Value self);
Value make_module(std::string_view name);

// Registers [fn] as method [name] of [type].
void add_method(TypeObject* type, const char* name, NativeFn fn);
// Registers [fn] as function [name] of [module].
void add_function(ModuleObject* module, const char* name, NativeFn fn);
void set_attr_str(ModuleObject* module, std::string_view name, Value v);

void init_misc_types();

}  // namespace minipy::rt
