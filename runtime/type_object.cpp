// runtime/type_object.cpp: the `type` type: creating built-in types, tracing
// them, and what `type` objects do when printed, called or asked for an
// attribute.
#include "runtime/class_object.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy::rt {

BuiltinTypes g_types;
Value g_not_implemented;
Value g_ellipsis;

void TypeObject::trace(Tracer& t) {
    t.mark(base);
    t.mark(dict);
}

TypeObject* make_builtin_type(std::string name, TypeObject* base) {
    if (!base) base = g_types.object;
    auto* t = make<TypeObject>(g_types.type, std::move(name), base);
    t->dict = make<DictObject>();
    g_heap.add_permanent(t);
    return t;
}

namespace {

std::string_view qualname_of(const TypeObject* t) { return t->qualname.empty() ? t->name : t->qualname; }

Result<Value> type_repr(Value self) {
    auto* t = self.as<TypeObject>();
    if (t->is_builtin) return make_str("<class '" + t->name + "'>");
    Value module = t->dict->get_str(intern("__module__"));
    std::string prefix = is_str(module) ? std::string(str_view(module)) + "." : "";
    return make_str("<class '" + prefix + std::string(qualname_of(t)) + "'>");
}

Result<Value> type_call(Value self, const CallArgs& args) {
    auto* t = self.as<TypeObject>();
    if (t == g_types.type && args.nargs == 1 && args.nkw() == 0) return Value::object(type_of(args[0]));
    for (TypeObject* k = t; k; k = k->base)
        if (k->slots.construct) return k->slots.construct(t, args);
    return raise_error(g_exc.TypeError, "cannot create '{}' instances", {t->name});
}

Result<Value> type_getattr(Value self, StrObject* name) {
    auto* t = self.as<TypeObject>();
    std::string_view n = name->view();
    Value v = type_lookup(t, name);
    if (!v.is_null()) {
        // Class attribute access: classmethods bind to the class,
        // staticmethods unwrap, functions stay plain functions.
        if (is_type(v, g_class_types.classmethod))
            return make_bound_method(v.as<MethodWrapperObject>()->function, self);
        if (is_type(v, g_class_types.staticmethod)) return v.as<MethodWrapperObject>()->function;
        return v;
    }
    if (n == "__name__") return make_str(t->name);
    if (n == "__qualname__") return make_str(qualname_of(t));
    if (n == "__base__") return t->base ? Value::object(t->base) : Value::none();
    if (n == "__bases__") return t->base ? make_tuple({Value::object(t->base)}) : empty_tuple();
    if (n == "__mro__") {
        std::vector<Value> mro;
        for (TypeObject* k = t; k; k = k->base) mro.push_back(Value::object(k));
        return make_tuple(std::move(mro));
    }
    if (n == "__dict__") return Value::object(t->dict);
    if (n == "__module__") return make_str("builtins");
    if (n == "__doc__") return Value::none();
    return raise_error(g_exc.AttributeError, "type object '{}' has no attribute '{}'", {qualname_of(t), n});
}

Result<void> type_setattr(Value self, StrObject* name, Value value) {
    auto* t = self.as<TypeObject>();
    if (t->is_builtin)
        return raise_error(g_exc.TypeError, "cannot set '{}' attribute of immutable type '{}'", {name->view(), t->name});
    if (value.is_null()) {
        bool removed = false;
        MINIPY_TRY(t->dict->table.remove(Value::object(name), str_hash(name), removed));
        if (!removed) return raise_error(g_exc.AttributeError, "type object '{}' has no attribute '{}'", {t->name, name->view()});
        return {};
    }
    if (is_type(value, g_class_types.property)) t->has_properties = true;
    if (is_setattr_hook(Value::object(name))) t->custom_setattr = true;
    t->dict->set_str(name, value);
    return {};
}

Result<Value> object_repr(Value self) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(self.as_object()));
    return make_str("<" + std::string(type_of(self)->name) + buf);
}

Result<Value> object_construct(TypeObject* type, const CallArgs& args) {
    if (args.nargs != 0 || args.nkw() != 0) return raise_error(g_exc.TypeError, "object() takes no arguments");
    return Value::object(make<Object>(type));
}

}  // namespace

// `type` and `object` refer to each other, so they are made by hand first.
void init_type_types() {
    // Made through the heap like every object, so that each collection
    // clears their mark bits (an object outside the heap's list would stay
    // marked and stop being traced after the first collection).
    g_types.type = make<TypeObject>(nullptr, "type", nullptr);
    g_types.type->type = g_types.type;
    g_types.object = make<TypeObject>(g_types.type, "object", nullptr);
    g_types.type->base = g_types.object;
    g_heap.add_permanent(g_types.type);
    g_heap.add_permanent(g_types.object);
    g_types.type->dict = make<DictObject>();
    g_types.object->dict = make<DictObject>();
    g_types.type->slots.repr = type_repr;
    g_types.type->slots.call = type_call;
    g_types.type->slots.getattr = type_getattr;
    g_types.type->slots.setattr = type_setattr;
    g_types.object->slots.repr = object_repr;
    g_types.object->slots.construct = object_construct;
}

}  // namespace minipy::rt
