// vm/eval_helpers.cpp: the out-of-line parts of the eval loop's handlers:
// name lookup, container displays, unpacking, raising and matching
// exceptions, f-string formatting and the REPL's expression echo.
#include "vm/eval_helpers.h"

#include <algorithm>
#include <cstdio>

#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/heap.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/set_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"
#include "stdlib/sys_module.h"
#include "vm/interpreter.h"

namespace minipy::vm {

using rt::Result;

void raise_unbound_local(CodeObject* code, std::uint32_t slot) {
    rt::raise_error(rt::g_exc.UnboundLocalError, rt::msg::kUnboundLocal, {code->localsplus_names[slot]->view()});
}

void raise_unbound_deref(CodeObject* code, std::uint32_t slot) {
    std::string_view name = code->localsplus_names[slot]->view();
    if (code->localsplus_kinds[slot] == SlotKind::Free)
        rt::raise_error(rt::g_exc.NameError, rt::msg::kFreeVarUnbound, {name});
    else
        rt::raise_error(rt::g_exc.UnboundLocalError, rt::msg::kUnboundLocal, {name});
}

Result<Value> load_name(Frame* frame, rt::StrObject* name) {
    Value v = MINIPY_TRY(frame->locals->get(Value::object(name)));
    if (!v.is_exhausted()) return v;
    v = frame->globals->get_str(name);
    if (!v.is_null()) return v;
    v = frame->builtins->get_str(name);
    if (!v.is_null()) return v;
    return rt::raise_error(rt::g_exc.NameError, rt::msg::kNameNotDefined, {name->view()});
}

Result<Value> load_classderef(Frame* frame, std::uint32_t slot) {
    rt::StrObject* name = frame->code->localsplus_names[slot];
    Value v = MINIPY_TRY(frame->locals->get(Value::object(name)));
    if (!v.is_exhausted()) return v;
    v = frame->localsplus()[slot].as<rt::CellObject>()->contents;
    if (v.is_null()) return rt::raise_error(rt::g_exc.NameError, rt::msg::kFreeVarUnbound, {name->view()});
    return v;
}

Value load_global(GlobalCacheEntry& cache, const rt::DictObject* globals, const rt::DictObject* builtins,
                  rt::StrObject* name) {
    cache.globals = globals;
    cache.globals_version = globals->table.version();
    cache.builtins = nullptr;
    cache.index = globals->table.find_str_index(name);
    if (cache.index >= 0) return globals->table.entries()[static_cast<std::size_t>(cache.index)].value;
    cache.builtins = builtins;
    cache.builtins_version = builtins->table.version();
    cache.index = builtins->table.find_str_index(name);
    if (cache.index >= 0) return builtins->table.entries()[static_cast<std::size_t>(cache.index)].value;
    cache.globals = nullptr;
    rt::raise_error(rt::g_exc.NameError, rt::msg::kNameNotDefined, {name->view()});
    return Value::null();
}

void remember_attr(AttrCacheEntry& cache, Value obj, rt::StrObject* name) {
    rt::DictObject* dict = rt::plain_instance_dict(obj);
    std::int64_t index = dict ? dict->table.find_str_index(name) : -1;
    if (index < 0) {
        cache.type = nullptr;
        return;
    }
    cache.type = obj.as_object()->type;
    cache.index = static_cast<std::size_t>(index);
}

Result<void> delete_name(rt::DictObject* namespace_dict, rt::StrObject* name) {
    bool removed = false;
    MINIPY_TRY(namespace_dict->table.remove(Value::object(name), rt::str_hash(name), removed));
    if (!removed) return rt::raise_error(rt::g_exc.NameError, rt::msg::kNameNotDefined, {name->view()});
    return {};
}


Result<Value> build_set(const Value* items, std::uint32_t n) {
    Value set = rt::make_set();
    rt::Root root(set);
    for (std::uint32_t i = 0; i < n; ++i) MINIPY_TRY(set.as<rt::SetObject>()->add(items[i]));
    return set;
}

Result<Value> build_map(const Value* items, std::uint32_t pairs) {
    Value dict = rt::make_dict();
    rt::Root root(dict);
    for (std::uint32_t i = 0; i < pairs; ++i) MINIPY_TRY(dict.as<rt::DictObject>()->set(items[2 * i], items[2 * i + 1]));
    return dict;
}

Result<Value> build_const_key_map(const Value* values, std::uint32_t n) {
    auto* keys = values[n].as<rt::TupleObject>();
    Value dict = rt::make_dict();
    rt::Root root(dict);
    for (std::uint32_t i = 0; i < n; ++i) MINIPY_TRY(dict.as<rt::DictObject>()->set(keys->items[i], values[i]));
    return dict;
}

Result<void> list_extend(Value list, Value iterable) {
    auto& items = list.as<rt::ListObject>()->items;
    if (rt::is_list(iterable) || rt::is_tuple(iterable)) return rt::extend_values(items, iterable);
    // iter() once: a TypeError from it (and only from it) gets CPython's wording.
    auto iterator = rt::iter(iterable);
    if (iterator.is_error()) {
        if (!rt::exception_matches(rt::g_exc.TypeError)) return rt::kError;
        rt::clear_exception();
        return rt::raise_error(rt::g_exc.TypeError, "Value after * must be an iterable, not {}", {rt::type_name(iterable)});
    }
    return rt::extend_from_iterator(items, iterator.value());
}

Result<void> set_update(Value set, Value iterable) { return rt::set_update(set.as<rt::SetObject>(), iterable); }

namespace {

// How CPython names a callable in call errors (_PyObject_FunctionStr):
// "__main__.f" for a Python function, the bare name for a builtin.
std::string function_str(Value callable) {
    if (rt::is_type(callable, rt::g_types.function)) {
        auto* f = callable.as<FunctionObject>();
        std::string qualname(f->qualname->view());
        if (rt::is_str(f->module) && rt::str_view(f->module) != "builtins")
            return std::string(rt::str_view(f->module)) + "." + qualname;
        return qualname;
    }
    if (rt::is_type(callable, rt::g_types.builtin_function)) return callable.as<rt::NativeFunctionObject>()->name;
    return std::string(rt::type_name(callable)) + " object";
}

}  // namespace

Result<void> dict_update(Value dict, Value mapping, bool merge, Value callable) {
    auto* d = dict.as<rt::DictObject>();
    if (!rt::is_dict(mapping)) {
        if (merge)
            return rt::raise_error(rt::g_exc.TypeError, "{}() argument after ** must be a mapping, not {}",
                                   {function_str(callable), rt::type_name(mapping)});
        return rt::raise_error(rt::g_exc.TypeError, "'{}' object is not a mapping", {rt::type_name(mapping)});
    }
    std::vector<rt::HashEntry> entries = mapping.as<rt::DictObject>()->table.entries();
    for (const rt::HashEntry& e : entries) {
        if (e.key.is_null()) continue;
        if (merge) {
            if (!rt::is_str(e.key)) return rt::raise_error(rt::g_exc.TypeError, "keywords must be strings");
            Value existing = MINIPY_TRY(d->get(e.key));
            if (!existing.is_exhausted())
                return rt::raise_error(rt::g_exc.TypeError, "{}() got multiple values for keyword argument '{}'",
                                       {function_str(callable), rt::str_view(e.key)});
        }
        MINIPY_TRY(d->set(e.key, e.value));
    }
    return {};
}

Result<Value> format_value_op(Value* sp, std::uint32_t flags) {
    Value spec = (flags & 4) ? sp[-1] : Value::null();
    Value value = (flags & 4) ? sp[-2] : sp[-1];
    switch (flags & 3) {
        case 1: value = MINIPY_TRY(rt::str(value)); break;
        case 2: value = MINIPY_TRY(rt::repr(value)); break;
        case 3: value = MINIPY_TRY(rt::repr(value)); break;  // ascii(): FIXME: escape non-ASCII
        default: break;
    }
    rt::Root root(value);
    if (spec.is_null() && rt::is_str(value)) return value;
    return rt::format_value(value, spec.is_null() ? std::string_view{} : rt::str_view(spec));
}

Result<void> unpack_sequence(Value* sp, std::uint32_t before, std::uint32_t after, bool starred) {
    Value seq = sp[-1];
    rt::Root seq_root(seq);
    std::vector<Value> items;
    rt::RootVector root(items);
    if (rt::is_tuple(seq)) {
        items = seq.as<rt::TupleObject>()->items;
    } else if (rt::is_list(seq)) {
        items = seq.as<rt::ListObject>()->items;
    } else {
        auto it = rt::iter(seq);
        if (it.is_error()) {
            if (rt::exception_matches(rt::g_exc.TypeError)) {
                rt::clear_exception();
                return rt::raise_error(rt::g_exc.TypeError, "cannot unpack non-iterable {} object",
                                       {rt::type_name(seq)});
            }
            return rt::kError;
        }
        rt::Root it_root(it.value());
        // Without a star, stop one past the expected count, as CPython does,
        // so an infinite iterator still reports "too many values".
        for (;;) {
            if (!starred && items.size() > before) break;
            Value v = MINIPY_TRY(rt::next(it.value()));
            if (v.is_exhausted()) break;
            items.push_back(v);
        }
    }
    std::size_t n = items.size();
    if (!starred) {
        if (n < before)
            return rt::raise_error(rt::g_exc.ValueError, rt::msg::kNotEnoughToUnpack,
                                   {std::to_string(before), std::to_string(n)});
        if (n > before)
            return rt::raise_error(rt::g_exc.ValueError, rt::msg::kTooManyToUnpack, {std::to_string(before)});
        for (std::size_t i = 0; i < n; ++i) sp[-1 + static_cast<std::ptrdiff_t>(n - 1 - i)] = items[i];
        return {};
    }
    if (n < before + after)
        return rt::raise_error(rt::g_exc.ValueError, "not enough values to unpack (expected at least {}, got {})",
                               {std::to_string(before + after), std::to_string(n)});
    std::size_t total = before + 1 + after;
    std::vector<Value> out;
    out.reserve(total);
    for (std::size_t i = 0; i < before; ++i) out.push_back(items[i]);
    out.push_back(rt::make_list(std::vector<Value>(items.begin() + static_cast<std::ptrdiff_t>(before),
                                                   items.end() - static_cast<std::ptrdiff_t>(after))));
    for (std::size_t i = n - after; i < n; ++i) out.push_back(items[i]);
    for (std::size_t i = 0; i < total; ++i) sp[-1 + static_cast<std::ptrdiff_t>(total - 1 - i)] = out[i];
    return {};
}

Result<Value> call_with_unpacked(Value callable, Value args, Value kwargs) {
    std::vector<Value> values;
    rt::RootVector root(values);
    if (!rt::is_tuple(args)) {
        Value list = rt::make_list();
        rt::Root list_root(list);
        if (list_extend(list, args).is_error()) {
            if (!rt::exception_matches(rt::g_exc.TypeError) || rt::type_of(args)->slots.iter) return rt::kError;
            rt::clear_exception();
            return rt::raise_error(rt::g_exc.TypeError, "{}() argument after * must be an iterable, not {}",
                                   {function_str(callable), rt::type_name(args)});
        }
        args = rt::make_tuple(list.as<rt::ListObject>()->items);
    }
    values = args.as<rt::TupleObject>()->items;
    std::size_t npositional = values.size();
    Value names = Value::null();
    if (!kwargs.is_null()) {
        std::vector<Value> keys;
        for (const rt::HashEntry& e : kwargs.as<rt::DictObject>()->table.entries()) {
            if (e.key.is_null()) continue;
            keys.push_back(e.key);
            values.push_back(e.value);
        }
        if (!keys.empty()) names = rt::make_tuple(std::move(keys));
    }
    rt::Root names_root(names);
    return rt::call(callable, rt::CallArgs{values.data(), npositional,
                                           names.is_null() ? nullptr : names.as<rt::TupleObject>()});
}

namespace {

// An exception instance from `raise X`: X itself, or X() for a class.
Result<Value> instantiate(Value x, const char* what) {
    if (rt::is_exception(x)) return x;
    if (rt::is_type(x, rt::g_types.type) && x.as<rt::TypeObject>()->is_exception) {
        Value e = MINIPY_TRY(rt::call0(x));
        if (!rt::is_exception(e))
            return rt::raise_error(rt::g_exc.TypeError,
                                   "calling {} should have returned an instance of BaseException, not {}",
                                   {x.as<rt::TypeObject>()->name, rt::type_name(e)});
        return e;
    }
    return rt::raise_error(rt::g_exc.TypeError, what);
}

}  // namespace

void raise_varargs(Value* sp, std::uint32_t argc) {
    if (argc == 0) {
        Value handled = rt::g_thread->current_handled();
        if (handled.is_none()) {
            rt::raise_error(rt::g_exc.RuntimeError, "No active exception to reraise");
            return;
        }
        rt::raise(handled);
        return;
    }
    Value cause = argc == 2 ? sp[-1] : Value::null();
    Value exc = argc == 2 ? sp[-2] : sp[-1];
    auto instance = instantiate(exc, "exceptions must derive from BaseException");
    if (instance.is_error()) return;
    auto* e = instance.value().as<rt::ExceptionObject>();
    if (!cause.is_null()) {
        if (cause.is_none()) {
            e->cause = Value::none();
        } else {
            rt::Root keep(instance.value());
            auto c = instantiate(cause, "exception causes must derive from BaseException");
            if (c.is_error()) return;
            e->cause = c.value();
        }
        e->suppress_context = true;
    }
    Value handled = rt::g_thread->current_handled();
    if (!handled.is_none() && !handled.is(instance.value())) e->context = handled;
    rt::raise(instance.value());
}

Result<void> before_with(Value* sp) {
    Value manager = sp[-1];
    rt::TypeObject* type = rt::type_of(manager);
    Value enter = rt::type_lookup(type, rt::intern("__enter__"));
    Value exit = rt::type_lookup(type, rt::intern("__exit__"));
    if (enter.is_null() || exit.is_null())
        return rt::raise_error(rt::g_exc.TypeError, "'{}' object does not support the context manager protocol",
                               {type->name});
    Value bound_exit = MINIPY_TRY(rt::getattr(manager, rt::intern("__exit__")));
    // The stack keeps the manager rooted until __exit__ replaces it.
    Value bound_enter = MINIPY_TRY(rt::getattr(manager, rt::intern("__enter__")));
    rt::Root keep(bound_enter);
    sp[-1] = bound_exit;
    Value result = MINIPY_TRY(rt::call0(bound_enter));
    sp[0] = result;
    return {};
}

Result<Value> with_except_start(Value* sp) {
    Value exc = sp[-1];
    // minipy has no traceback objects: __exit__ receives None for it.
    Value args[3] = {Value::object(rt::type_of(exc)), exc, Value::none()};
    return rt::call(sp[-3], rt::CallArgs{args, 3, nullptr});
}

Result<bool> exception_matches_type(Value exc, Value type) {
    if (rt::is_tuple(type)) {
        for (Value t : type.as<rt::TupleObject>()->items)
            if (MINIPY_TRY(exception_matches_type(exc, t))) return true;
        return false;
    }
    if (!rt::is_type(type, rt::g_types.type) || !type.as<rt::TypeObject>()->is_exception)
        return rt::raise_error(rt::g_exc.TypeError,
                               "catching classes that do not inherit from BaseException is not allowed");
    return rt::type_of(exc)->is_subtype_of(type.as<rt::TypeObject>());
}

Result<void> print_expr(Frame* frame, Value v) {
    if (v.is_none()) return {};
    frame->builtins->set_str(rt::intern("_"), v);
    std::string text = MINIPY_TRY(rt::repr_string(v));
    return stdlib::write_stdout(text + "\n");
}

void record_traceback(Frame* frame) {
    if (rt::pending_exception().is_null())
        rt::raise_error(rt::g_exc.RuntimeError, "internal error: an operation failed without setting an exception");
    auto* exc = rt::pending_exception().as<rt::ExceptionObject>();
    if (exc->traceback.empty()) {
        Value handled = rt::g_thread->current_handled();
        if (!handled.is_none() && !handled.is(Value::object(exc)) && exc->context.is_none())
            exc->context = handled;
    }
    add_traceback_entry(frame);
}

void add_traceback_entry(Frame* frame) {
    auto* exc = rt::pending_exception().as<rt::ExceptionObject>();
    rt::TracebackEntry entry{frame->code->filename, frame->code->name, frame->current_line()};
    int lasti = frame->lasti();
    if (lasti >= 0 && static_cast<std::size_t>(lasti) < frame->code->spans.size()) {
        const SourceSpan& span = frame->code->spans[static_cast<std::size_t>(lasti)];
        entry.end_line = span.end_line;
        entry.col = span.col;
        entry.end_col = span.end_col;
    }
    exc->traceback.push_back(entry);
}

const ExceptionTableEntry* find_handler(const CodeObject* code, int lasti) {
    if (lasti < 0) return nullptr;
    auto at = static_cast<std::uint32_t>(lasti);
    // Entries are sorted by start and do not overlap (codegen splits nested ranges).
    for (const ExceptionTableEntry& e : code->exception_table)
        if (at >= e.start && at < e.end) return &e;
    return nullptr;
}

}  // namespace minipy::vm
