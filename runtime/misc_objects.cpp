// runtime/misc_objects.cpp: slice, cell, module, built-in function and bound
// method objects (range's behaviour lives with the builtins that use it).
#include "runtime/misc_objects.h"

#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy::rt {

RangeObject::RangeObject(std::int64_t b, std::int64_t e, std::int64_t s)
    : Object(g_types.range), start(b), stop(e), step(s) {
    // CPython's range length: ceil((stop - start) / step) when positive.
    if (step > 0) length = start < stop ? (stop - start - 1) / step + 1 : 0;
    else length = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
}

SliceObject::SliceObject(Value a, Value b, Value c) : Object(g_types.slice), start(a), stop(b), step(c) {}

Result<void> SliceObject::indices(std::int64_t len, std::int64_t& lo, std::int64_t& hi, std::int64_t& st,
                                  std::int64_t& count) const {
    st = step.is_none() ? 1 : MINIPY_TRY(as_index(step, "slice"));
    if (st == 0) return raise_error(g_exc.ValueError, "slice step cannot be zero");
    // Out-of-range bounds clamp; CPython PySlice_AdjustIndices.
    auto clamp = [&](Value v, std::int64_t dflt, std::int64_t& out) -> Result<void> {
        if (v.is_none()) { out = dflt; return {}; }
        std::int64_t i = 0;
        if (is_big_int(v)) i = int_compare(v, Value::small_int(0)) < 0 ? -len - 1 : len + 1;
        else i = MINIPY_TRY(as_index(v, "slice"));
        if (i < 0) {
            i += len;
            if (i < 0) i = st < 0 ? -1 : 0;
        } else if (i >= len) {
            i = st < 0 ? len - 1 : len;
        }
        out = i;
        return {};
    };
    MINIPY_TRY(clamp(start, st < 0 ? len - 1 : 0, lo));
    MINIPY_TRY(clamp(stop, st < 0 ? -1 : len, hi));
    if (st > 0) count = lo < hi ? (hi - lo - 1) / st + 1 : 0;
    else count = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
    return {};
}

CellObject::CellObject(Value v) : Object(g_types.cell), contents(v) {}

ModuleObject::ModuleObject(StrObject* n, DictObject* d) : Object(g_types.module), name(n), dict(d) {}

void ModuleObject::trace(Tracer& t) {
    t.mark(name);
    t.mark(dict);
}

NativeFunctionObject::NativeFunctionObject(const char* n, NativeFn f, Value s)
    : Object(g_types.builtin_function), name(n), fn(f), self(s) {}

void NativeFunctionObject::trace(Tracer& t) {
    t.mark(self);
    t.mark(module_name);
}

BoundMethodObject::BoundMethodObject(Value f, Value s) : Object(g_types.method), function(f), self(s) {}

Value make_range(std::int64_t start, std::int64_t stop, std::int64_t step) {
    return Value::object(make<RangeObject>(start, stop, step));
}
Value make_slice(Value start, Value stop, Value step) { return Value::object(make<SliceObject>(start, stop, step)); }
Value make_native_function(const char* name, NativeFn fn, Value self) {
    return Value::object(make<NativeFunctionObject>(name, fn, self));
}
Value make_bound_method(Value function, Value self) { return Value::object(make<BoundMethodObject>(function, self)); }

Value make_module(std::string_view name) {
    auto* dict = make<DictObject>();
    dict->set_str(intern("__name__"), make_str(name));
    return Value::object(make<ModuleObject>(intern(name), dict));
}

void add_method(TypeObject* type, const char* name, NativeFn fn) {
    Value m = make_native_function(name, fn);
    m.as<NativeFunctionObject>()->is_method = true;
    type->dict->set_str(intern(name), m);
}

void add_function(ModuleObject* module, const char* name, NativeFn fn) {
    Value f = make_native_function(name, fn);
    f.as<NativeFunctionObject>()->module_name = module->name;
    module->dict->set_str(intern(name), f);
}

void set_attr_str(ModuleObject* module, std::string_view name, Value v) { module->dict->set_str(intern(name), v); }

namespace {

Result<Value> native_call(Value self, const CallArgs& args) {
    auto* f = self.as<NativeFunctionObject>();
    if (f->is_method && f->self.is_null()) {
        // An unbound method descriptor, e.g. `str.upper("a")`.
        if (args.nargs == 0)
            return raise_error(g_exc.TypeError, "unbound method {}() needs an argument", {f->name});
        return f->fn(args[0], CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
    }
    return f->fn(f->self, args);
}

Result<Value> native_repr(Value self) {
    auto* f = self.as<NativeFunctionObject>();
    if (f->self.is_null()) return make_str(std::string("<built-in function ") + f->name + ">");
    return make_str(std::string("<built-in method ") + f->name + " of " + std::string(type_name(f->self)) + " object>");
}

Result<Value> native_getattr(Value self, StrObject* name) {
    auto* f = self.as<NativeFunctionObject>();
    if (name->view() == "__name__" || name->view() == "__qualname__") return make_str(f->name);
    if (name->view() == "__self__") return f->self.is_null() ? Value::none() : f->self;
    return raise_error(g_exc.AttributeError, msg::kNoAttribute, {"builtin_function_or_method", name->view()});
}

// Calls the function with self prepended; small arg lists stay on the C++ stack.
Result<Value> bound_call(Value self, const CallArgs& args) {
    auto* m = self.as<BoundMethodObject>();
    std::size_t total = args.nargs + args.nkw() + 1;
    Value small[8];
    std::vector<Value> big;
    Value* buf = small;
    if (total > 8) {
        big.resize(total);
        buf = big.data();
    }
    buf[0] = m->self;
    for (std::size_t i = 0; i + 1 < total; ++i) buf[i + 1] = args.args[i];
    return call(m->function, CallArgs{buf, args.nargs + 1, args.kwnames});
}

Result<Value> bound_repr(Value self) {
    auto* m = self.as<BoundMethodObject>();
    Value name = MINIPY_TRY(getattr_or_null(m->function, intern("__qualname__")));
    std::string n = name.is_exhausted() ? "?" : MINIPY_TRY(str_string(name));
    return make_str("<bound method " + n + " of " + MINIPY_TRY(repr_string(m->self)) + ">");
}

Result<Value> bound_getattr(Value self, StrObject* name) {
    auto* m = self.as<BoundMethodObject>();
    if (name->view() == "__self__") return m->self;
    if (name->view() == "__func__") return m->function;
    return getattr(m->function, name);
}

// Bound methods are equal when they bind equal functions to the same object.
Result<Value> bound_compare(Value a, Value b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_type(b, g_types.method)) return g_not_implemented;
    auto* x = a.as<BoundMethodObject>();
    auto* y = b.as<BoundMethodObject>();
    bool same = x->self.is(y->self) && MINIPY_TRY(equal(x->function, y->function));
    return Value::boolean(same == (op == CompareOp::Eq));
}

Result<std::int64_t> bound_hash(Value self) {
    auto* m = self.as<BoundMethodObject>();
    return MINIPY_TRY(hash(m->function)) ^ static_cast<std::int64_t>(m->self.bits() >> 4);
}

Result<Value> module_repr(Value self) {
    auto* m = self.as<ModuleObject>();
    return make_str("<module '" + std::string(m->name->view()) + "' (built-in)>");
}

Result<Value> module_getattr(Value self, StrObject* name) {
    auto* m = self.as<ModuleObject>();
    Value v = m->dict->get_str(name);
    if (!v.is_null()) return v;
    if (name->view() == "__dict__") return Value::object(m->dict);
    return raise_error(g_exc.AttributeError, msg::kModuleNoAttribute, {m->name->view(), name->view()});
}

Result<void> module_setattr(Value self, StrObject* name, Value value) {
    auto* m = self.as<ModuleObject>();
    if (value.is_null()) {
        bool removed = false;
        MINIPY_TRY(m->dict->table.remove(Value::object(name), str_hash(name), removed));
        if (!removed) return raise_error(g_exc.AttributeError, name->view());
        return {};
    }
    m->dict->set_str(name, value);
    return {};
}

Result<Value> slice_repr(Value self) {
    auto* s = self.as<SliceObject>();
    return make_str("slice(" + MINIPY_TRY(repr_string(s->start)) + ", " + MINIPY_TRY(repr_string(s->stop)) + ", " +
                    MINIPY_TRY(repr_string(s->step)) + ")");
}

Result<Value> slice_getattr(Value self, StrObject* name) {
    auto* s = self.as<SliceObject>();
    if (name->view() == "start") return s->start;
    if (name->view() == "stop") return s->stop;
    if (name->view() == "step") return s->step;
    return raise_error(g_exc.AttributeError, msg::kNoAttribute, {"slice", name->view()});
}

Result<Value> cell_repr(Value) { return make_str("<cell>"); }

}  // namespace

void init_misc_types() {
    g_types.builtin_function->slots.call = native_call;
    g_types.builtin_function->slots.repr = native_repr;
    g_types.builtin_function->slots.getattr = native_getattr;
    g_types.method->slots.call = bound_call;
    g_types.method->slots.repr = bound_repr;
    g_types.method->slots.getattr = bound_getattr;
    g_types.method->slots.compare = bound_compare;
    g_types.method->slots.hash = bound_hash;
    g_types.module->slots.repr = module_repr;
    g_types.module->slots.getattr = module_getattr;
    g_types.module->slots.setattr = module_setattr;
    g_types.slice->slots.repr = slice_repr;
    g_types.slice->slots.getattr = slice_getattr;
    g_types.cell->slots.repr = cell_repr;
}

}  // namespace minipy::rt
