// stdlib/builtins_types.cpp: what calling a built-in type does: int("12"),
// float(x), bool(x), list(it), tuple(it), dict(pairs, **kw), set(it),
// frozenset(it), slice(a, b, c) and type(x). (str and bytes construct in
// their own runtime files.)
//
// Each constructor is installed only where the type's own runtime file left
// slots.construct unset, so a type that grows its own constructor there
// takes precedence without touching this file.
#include <cmath>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/bytes_object.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/set_object.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/builtins_internal.h"
#include "stdlib/iteration.h"
#include "stdlib/special_methods.h"

namespace minipy::stdlib {

using rt::CallArgs;
using rt::Result;
using rt::TypeObject;
using rt::Value;

namespace {

// The result of a user class's conversion method [name] (__int__,
// __float__, ...), which must be an instance of [result_type]; the
// exhausted marker when the class does not define [name].
Result<Value> convert_with(Value x, const char* name, TypeObject* result_type, const char* kind) {
    Value r = MINIPY_TRY(call_special(x, name));
    if (!r.is_exhausted() && !rt::isinstance_of(r, result_type))
        return rt::raise_error(rt::g_exc.TypeError, "{}.{} returned non-{} (type {})",
                               {rt::type_name(x), name, kind, rt::type_name(r)});
    return r;
}

// ---- int, float, bool --------------------------------------------------

// int(x) without a base.
Result<Value> int_from_value(Value x) {
    if (x.is_bool()) return Value::small_int(x.is_true() ? 1 : 0);
    if (rt::is_int(x)) return x;
    if (x.is_double()) return rt::int_from_double(std::trunc(x.as_double()));
    if (rt::is_str(x)) return rt::int_from_string(rt::str_view(x), 10);
    if (rt::is_bytes(x)) return rt::int_from_string(rt::bytes_view(x), 10);
    for (const char* method : {"__int__", "__index__", "__trunc__"}) {
        Value r = MINIPY_TRY(convert_with(x, method, rt::g_types.int_, "int"));
        if (!r.is_exhausted()) return r;
    }
    return rt::raise_error(rt::g_exc.TypeError,
                           "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                           {rt::type_name(x)});
}

Result<Value> int_construct(TypeObject*, const CallArgs& args) {
    Value params[2];  // x, base
    MINIPY_TRY(rt::bind_args(args, "int", {"x", "base"}, 0, params));
    Value x = params[0], base = params[1];
    if (x.is_null()) {
        if (!base.is_null()) return rt::raise_error(rt::g_exc.TypeError, "int() missing string argument");
        return Value::small_int(0);
    }
    if (base.is_null()) return int_from_value(x);
    std::int64_t b = MINIPY_TRY(rt::as_index(base, "base"));
    if (b != 0 && (b < 2 || b > 36))
        return rt::raise_error(rt::g_exc.ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (rt::is_str(x)) return rt::int_from_string(rt::str_view(x), static_cast<int>(b));
    if (rt::is_bytes(x)) return rt::int_from_string(rt::bytes_view(x), static_cast<int>(b));
    return rt::raise_error(rt::g_exc.TypeError, "int() can't convert non-string with explicit base");
}

Result<Value> float_construct(TypeObject*, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "float", 0, 1));
    if (args.nargs == 0) return Value::number(0.0);
    Value x = args[0];
    if (x.is_double()) return x;
    if (rt::is_int(x)) return Value::number(MINIPY_TRY(rt::int_to_double(x)));
    if (rt::is_str(x)) return rt::float_from_string(rt::str_view(x));
    if (rt::is_bytes(x)) return rt::float_from_string(rt::bytes_view(x));
    Value r = MINIPY_TRY(convert_with(x, "__float__", rt::g_types.float_, "float"));
    if (!r.is_exhausted()) return r;
    r = MINIPY_TRY(convert_with(x, "__index__", rt::g_types.int_, "int"));
    if (!r.is_exhausted()) return Value::number(MINIPY_TRY(rt::int_to_double(r)));
    return rt::raise_error(rt::g_exc.TypeError, "float() argument must be a string or a real number, not '{}'",
                           {rt::type_name(x)});
}

Result<Value> bool_construct(TypeObject*, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "bool", 0, 1));
    if (args.nargs == 0) return Value::boolean(false);
    return Value::boolean(MINIPY_TRY(rt::truthy(args[0])));
}

// ---- containers -------------------------------------------------------------

Result<Value> list_construct(TypeObject*, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "list", 0, 1));
    rt::Root list(rt::make_list());
    if (args.nargs == 1) MINIPY_TRY(collect_iterable(args[0], list.as<rt::ListObject>()->items));
    return list.get();
}

Result<Value> tuple_construct(TypeObject*, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "tuple", 0, 1));
    if (args.nargs == 0) return rt::empty_tuple();
    if (rt::is_tuple(args[0])) return args[0];  // immutable: CPython returns it as is
    std::vector<Value> items;
    MINIPY_TRY(collect_iterable(args[0], items));
    return rt::make_tuple(std::move(items));
}

// set(it) and frozenset(it): [empty] makes the result before it fills.
Result<Value> fill_set(Value (*empty)(), const CallArgs& args, const char* name) {
    MINIPY_TRY(rt::check_positional(args, name, 0, 1));
    rt::Root set(empty());
    if (args.nargs == 1) {
        auto* s = set.as<rt::SetObject>();
        MINIPY_TRY(for_each_item(args[0], [&](Value item) -> Result<bool> {
            MINIPY_TRY(s->add(item));
            return true;
        }));
    }
    return set.get();
}

Result<Value> set_construct(TypeObject*, const CallArgs& args) { return fill_set(rt::make_set, args, "set"); }

Result<Value> frozenset_construct(TypeObject*, const CallArgs& args) {
    if (args.nargs == 1 && args.nkw() == 0 && rt::is_type(args[0], rt::g_types.frozenset)) return args[0];
    return fill_set(rt::make_frozenset, args, "frozenset");
}

// dict(iterable) where each item is a (key, value) pair.
Result<void> dict_merge_pairs(rt::DictObject* dict, Value iterable) {
    std::int64_t index = 0;
    std::vector<Value> pair;
    rt::RootVector keep(pair);
    return for_each_item(iterable, [&](Value item) -> Result<bool> {
        std::string position = std::to_string(index++);
        auto iterator = rt::iter(item);
        if (iterator.is_error()) {
            if (!rt::exception_matches(rt::g_exc.TypeError)) return rt::kError;
            rt::clear_exception();
            return rt::raise_error(rt::g_exc.TypeError,
                                   "cannot convert dictionary update sequence element #{} to a sequence", {position});
        }
        pair.clear();
        MINIPY_TRY(collect_iterable(iterator.value(), pair));
        if (pair.size() != 2)
            return rt::raise_error(rt::g_exc.ValueError,
                                   "dictionary update sequence element #{} has length {}; 2 is required",
                                   {position, std::to_string(pair.size())});
        MINIPY_TRY(dict->set(pair[0], pair[1]));
        return true;
    });
}

// dict(mapping): a dict's entries, or keys() and [] of any other mapping.
Result<void> dict_merge_mapping(rt::DictObject* dict, Value mapping, Value keys_method) {
    if (rt::isinstance_of(mapping, rt::g_types.dict)) {
        for (const rt::HashEntry& e : mapping.as<rt::DictObject>()->table.entries())
            if (!e.key.is_null()) MINIPY_TRY(dict->table.insert(e.key, e.hash, e.value));
        return {};
    }
    rt::Root keys(MINIPY_TRY(rt::call0(keys_method)));
    return for_each_item(keys.get(), [&](Value key) -> Result<bool> {
        Value value = MINIPY_TRY(rt::getitem(mapping, key));
        MINIPY_TRY(dict->set(key, value));
        return true;
    });
}

Result<Value> dict_construct(TypeObject*, const CallArgs& args) {
    if (args.nargs > 1)
        return rt::raise_error(rt::g_exc.TypeError, "dict expected at most 1 argument, got {}",
                               {std::to_string(args.nargs)});
    rt::Root result(rt::make_dict());
    auto* dict = result.as<rt::DictObject>();
    if (args.nargs == 1) {
        Value source = args[0];
        Value keys = rt::isinstance_of(source, rt::g_types.dict)
                         ? Value::none()
                         : MINIPY_TRY(rt::getattr_or_null(source, rt::intern("keys")));
        rt::Root keep(keys);
        if (keys.is_exhausted()) MINIPY_TRY(dict_merge_pairs(dict, source));
        else MINIPY_TRY(dict_merge_mapping(dict, source, keys));
    }
    for (std::size_t k = 0; k < args.nkw(); ++k) MINIPY_TRY(dict->set(args.kwnames->items[k], args.kwvalues()[k]));
    return result.get();
}

// ---- slice and type -----------------------------------------------------------

Result<Value> slice_construct(TypeObject*, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "slice", 1, 3));
    if (args.nargs == 1) return rt::make_slice(Value::none(), args[0], Value::none());
    return rt::make_slice(args[0], args[1], args.nargs == 3 ? args[2] : Value::none());
}

// type(x) itself is answered by the type type's call slot; this handles
// the other arities.
Result<Value> type_construct(TypeObject*, const CallArgs& args) {
    if (args.nargs == 3)
        return rt::raise_error(rt::g_exc.NotImplementedError,
                               "type() with three arguments (creating a class) is not supported by minipy");
    if (args.nargs == 1 && args.nkw() == 0) return Value::object(rt::type_of(args[0]));
    return rt::raise_error(rt::g_exc.TypeError, "type() takes 1 or 3 arguments");
}

}  // namespace

void init_type_constructors() {
    const rt::BuiltinTypes& t = rt::g_types;
    struct Constructor {
        TypeObject* type;
        Result<Value> (*construct)(TypeObject*, const CallArgs&);
    };
    const Constructor constructors[] = {
        {t.int_, int_construct},   {t.float_, float_construct}, {t.bool_, bool_construct},
        {t.list, list_construct},  {t.tuple, tuple_construct},  {t.dict, dict_construct},
        {t.set, set_construct},    {t.frozenset, frozenset_construct},
        {t.slice, slice_construct}, {t.type, type_construct},
    };
    for (const Constructor& c : constructors)
        if (!c.type->slots.construct) c.type->slots.construct = c.construct;
}

}  // namespace minipy::stdlib
