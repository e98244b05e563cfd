// stdlib/builtins.cpp: the `builtins` module: the built-in functions that
// need neither class machinery nor the calling frame (print, len, min, sum,
// sorted, isinstance, getattr, pow, ...), the built-in types under their
// names, the constants, and every exception type.
//
// The lazy iterators (enumerate, zip, map, ...) and range live in
// builtins_iter.cpp and runtime/range_object.cpp; the constructors of the
// scalar and container types in builtins_types.cpp. The lead's VM adds
// globals, locals, __import__, exec, eval, super, property, staticmethod
// and classmethod.
#include <gmpxx.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <string>
#include <tuple>
#include <vector>

#include "runtime/args.h"
#include "runtime/bytes_object.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/format.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/builtins_internal.h"
#include "stdlib/file_object.h"
#include "stdlib/iteration.h"
#include "stdlib/modules.h"
#include "vm/interpreter.h"
#include "stdlib/special_methods.h"
#include "stdlib/sys_module.h"
#include "stdlib/textio.h"

namespace minipy::stdlib {

using rt::CallArgs;
using rt::Result;
using rt::Value;

Result<void> bind_keywords(const CallArgs& args, std::string_view fname, std::initializer_list<const char*> names,
                           Value* out) {
    for (std::size_t i = 0; i < names.size(); ++i) out[i] = Value::null();
    for (std::size_t k = 0; k < args.nkw(); ++k) {
        std::string_view key = rt::str_view(args.kwnames->items[k]);
        auto found = std::find_if(names.begin(), names.end(), [&](const char* name) { return key == name; });
        if (found == names.end())
            return rt::raise_error(rt::g_exc.TypeError, "'{}' is an invalid keyword argument for {}", {key, fname});
        out[found - names.begin()] = args.kwvalues()[k];
    }
    return {};
}

namespace {

// ---- printing and input ---------------------------------------------------

// A sep= or end= argument: None or absent keeps [fallback].
Result<std::string_view> text_option(Value v, const char* what, std::string_view fallback) {
    if (v.is_null() || v.is_none()) return fallback;
    if (!rt::is_str(v))
        return rt::raise_error(rt::g_exc.TypeError, "{} must be None or a string, not {}", {what, rt::type_name(v)});
    return rt::str_view(v);
}

Result<Value> builtin_print(Value, const CallArgs& args) {
    Value options[4];  // sep, end, file, flush
    MINIPY_TRY(bind_keywords(args, "print()", {"sep", "end", "file", "flush"}, options));
    std::string_view sep = MINIPY_TRY(text_option(options[0], "sep", " "));
    std::string_view end = MINIPY_TRY(text_option(options[1], "end", "\n"));
    rt::Root file(options[2].is_null() || options[2].is_none() ? sys_stdout() : options[2]);
    if (file.get().is_none()) return Value::none();  // CPython: print to a missing sys.stdout does nothing
    // Each piece is written as soon as it exists, as CPython does, so output
    // from a __str__ that prints lands where it would there.
    rt::Root text;
    for (std::size_t i = 0; i < args.nargs; ++i) {
        if (i > 0) MINIPY_TRY(write_to_file(file.get(), sep));
        text.set(MINIPY_TRY(rt::str(args[i])));
        MINIPY_TRY(write_to_file(file.get(), rt::str_view(text.get())));
    }
    MINIPY_TRY(write_to_file(file.get(), end));
    if (!options[3].is_null() && MINIPY_TRY(rt::truthy(options[3]))) MINIPY_TRY(flush_file(file.get()));
    return Value::none();
}

Result<Value> builtin_input(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "input", 0, 1));
    rt::Root in(sys_stdin());
    rt::Root out(sys_stdout());
    if (in.get().is_none()) return rt::raise_error(rt::g_exc.RuntimeError, "input(): lost sys.stdin");
    if (out.get().is_none()) return rt::raise_error(rt::g_exc.RuntimeError, "input(): lost sys.stdout");
    // CPython flushes stderr, then writes the prompt and flushes stdout,
    // ignoring flush errors.
    Value err = sys_stderr();
    if (!err.is_none() && flush_file(err).is_error()) rt::clear_exception();
    if (args.nargs == 1) {
        std::string prompt = MINIPY_TRY(rt::str_string(args[0]));
        MINIPY_TRY(write_to_file(out.get(), prompt));
    }
    if (flush_file(out.get()).is_error()) rt::clear_exception();
    Value read = is_textio(in.get()) ? MINIPY_TRY(textio_readline(in.get().as<TextIOObject>()))
                                     : MINIPY_TRY(rt::call_method0(in.get(), "readline"));
    if (!rt::is_str(read)) return rt::raise_error(rt::g_exc.TypeError, "object.readline() returned non-string");
    std::string_view line = rt::str_view(read);
    if (line.empty()) return rt::raise_error(rt::g_exc.EOFError, "EOF when reading a line");
    if (line.back() != '\n') return read;
    line.remove_suffix(1);
    return rt::make_str(line);
}

// ---- the basic protocols --------------------------------------------------

Result<Value> builtin_len(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "len", 1, 1));
    return rt::make_int(MINIPY_TRY(rt::length(args[0])));
}

Result<Value> builtin_repr(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "repr", 1, 1));
    return rt::repr(args[0]);
}

// repr() with every non-ASCII code point escaped as \xNN, \uNNNN or \UNNNNNNNN.
Result<Value> builtin_ascii(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "ascii", 1, 1));
    std::string text = MINIPY_TRY(rt::repr_string(args[0]));
    std::string out;
    for (std::size_t pos = 0; pos < text.size();) {
        std::uint32_t cp = rt::decode_utf8(text, pos);
        if (cp < 0x80) {
            out += static_cast<char>(cp);
            continue;
        }
        char buf[16];
        const char* fmt = cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x";
        std::snprintf(buf, sizeof buf, fmt, cp);
        out += buf;
    }
    return rt::make_str(out);
}

Result<Value> builtin_hash(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "hash", 1, 1));
    return rt::make_int(MINIPY_TRY(rt::hash(args[0])));
}

Result<Value> builtin_id(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "id", 1, 1));
    Value v = args[0];
    if (v.is_object()) return rt::make_int(static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(v.as_object())));
    // Inline values have no address; their bits are stable and, being above
    // 2**48 or a double's pattern, rarely collide with a heap address.
    mpz_class bits(static_cast<unsigned long>(v.bits()));
    return rt::make_int(bits.get_mpz_t());
}

Result<Value> builtin_callable(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "callable", 1, 1));
    return Value::boolean(rt::is_callable(args[0]));
}

Result<Value> builtin_format(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "format", 1, 2));
    std::string_view spec;
    if (args.nargs == 2) {
        if (!rt::is_str(args[1]))
            return rt::raise_error(rt::g_exc.TypeError, "format() argument 2 must be str, not {}",
                                   {rt::type_name(args[1])});
        spec = rt::str_view(args[1]);
    }
    return rt::format_value(args[0], spec);
}

// ---- iteration ------------------------------------------------------------

Result<Value> builtin_iter(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "iter", 1, 2));
    if (args.nargs == 1) return rt::iter(args[0]);
    if (!rt::is_callable(args[0])) return rt::raise_error(rt::g_exc.TypeError, "iter(v, w): v must be callable");
    return make_callable_iterator(args[0], args[1]);
}

Result<Value> builtin_next(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "next", 1, 2));
    if (rt::is_type(args[0], rt::g_types.generator)) {
        // A generator's return value travels in StopIteration(value), which
        // its next slot (made for `for` loops) drops; __next__ raises it.
        auto item = rt::call_method0(args[0], "__next__");
        if (!item.is_error() || args.nargs == 1 || !rt::exception_matches(rt::g_exc.StopIteration)) return item;
        rt::clear_exception();
        return args[1];
    }
    Value item = MINIPY_TRY(rt::next(args[0]));
    if (!item.is_exhausted()) return item;
    if (args.nargs == 2) return args[1];
    return rt::raise(rt::make_exception(rt::g_exc.StopIteration, rt::empty_tuple()));
}

// any() when [want] is true, all() when false: stops at the first item
// whose truth is [want].
Result<Value> any_all(const CallArgs& args, const char* name, bool want) {
    MINIPY_TRY(rt::check_positional(args, name, 1, 1));
    bool found = false;
    MINIPY_TRY(for_each_item(args[0], [&](Value item) -> Result<bool> {
        found = MINIPY_TRY(rt::truthy(item)) == want;
        return !found;
    }));
    return Value::boolean(found == want);
}

Result<Value> builtin_any(Value, const CallArgs& args) { return any_all(args, "any", true); }
Result<Value> builtin_all(Value, const CallArgs& args) { return any_all(args, "all", false); }

// min() with [op] Lt, max() with Gt: the first item that beats every later
// one under [op] of the keys, as CPython's min_max.
Result<Value> min_max(const CallArgs& args, const char* name, rt::CompareOp op) {
    std::string fname = std::string(name) + "()";
    Value options[2];  // key, default
    MINIPY_TRY(bind_keywords(args, fname, {"key", "default"}, options));
    if (args.nargs == 0)
        return rt::raise_error(rt::g_exc.TypeError, "{} expected at least 1 argument, got 0", {name});
    if (args.nargs > 1 && !options[1].is_null())
        return rt::raise_error(rt::g_exc.TypeError,
                               "Cannot specify a default for {} with multiple positional arguments", {fname});
    Value key = options[0].is_null() || options[0].is_none() ? Value::null() : options[0];
    rt::Root best;
    rt::Root best_key;
    rt::Root item_key;
    auto consider = [&](Value item) -> Result<bool> {
        item_key.set(key.is_null() ? item : MINIPY_TRY(rt::call1(key, item)));
        if (best.get().is_null() || MINIPY_TRY(rt::compare_bool(item_key.get(), best_key.get(), op))) {
            best.set(item);
            best_key.set(item_key.get());
        }
        return true;
    };
    if (args.nargs == 1) {
        MINIPY_TRY(for_each_item(args[0], consider));
    } else {
        for (std::size_t i = 0; i < args.nargs; ++i) MINIPY_TRY(consider(args[i]));
    }
    if (!best.get().is_null()) return best.get();
    if (!options[1].is_null()) return options[1];
    return rt::raise_error(rt::g_exc.ValueError, "{} arg is an empty sequence", {fname});
}

Result<Value> builtin_min(Value, const CallArgs& args) { return min_max(args, "min", rt::CompareOp::Lt); }
Result<Value> builtin_max(Value, const CallArgs& args) { return min_max(args, "max", rt::CompareOp::Gt); }

// sum() as CPython 3.11's builtin_sum_impl: an int64 loop while the total
// is a small int, then a double loop while it is a float, then generic `+`.
// (3.11 adds floats naively; 3.12's compensated sum would differ.)
class Summation {
public:
    explicit Summation(Value start) : m_total(start) {
        if (start.is_small_int()) {
            m_mode = Mode::Int;
            m_int = start.as_small_int();
        } else if (start.is_double()) {
            m_mode = Mode::Float;
            m_float = start.as_double();
        }
    }

    Result<bool> add(Value item) {
        if (m_mode == Mode::Int) {
            std::int64_t x = 0;
            if ((item.is_small_int() || item.is_bool()) && !__builtin_add_overflow(m_int, small(item), &x)) {
                m_int = x;
                return true;
            }
            m_total.set(rt::make_int(m_int));
            m_mode = Mode::Generic;
            MINIPY_TRY(add_generic(item));
            if (m_total.get().is_double()) {
                m_mode = Mode::Float;
                m_float = m_total.get().as_double();
            }
            return true;
        }
        if (m_mode == Mode::Float) {
            if (item.is_double()) {
                m_float += item.as_double();
                return true;
            }
            if (item.is_small_int() || item.is_bool()) {
                m_float += static_cast<double>(small(item));
                return true;
            }
            m_total.set(Value::number(m_float));
            m_mode = Mode::Generic;
        }
        MINIPY_TRY(add_generic(item));
        return true;
    }

    Value total() const {
        if (m_mode == Mode::Int) return rt::make_int(m_int);
        if (m_mode == Mode::Float) return Value::number(m_float);
        return m_total.get();
    }

private:
    enum class Mode { Int, Float, Generic };
    static std::int64_t small(Value v) { return v.is_bool() ? (v.is_true() ? 1 : 0) : v.as_small_int(); }
    Result<void> add_generic(Value item) {
        m_total.set(MINIPY_TRY(rt::binary_op(rt::BinaryOp::Add, m_total.get(), item)));
        return {};
    }

    Mode m_mode = Mode::Generic;
    std::int64_t m_int = 0;
    double m_float = 0.0;
    rt::Root m_total;  // the running total in generic mode (user objects may collect)
};

Result<Value> builtin_sum(Value, const CallArgs& args) {
    Value params[2];
    MINIPY_TRY(rt::bind_args(args, "sum", {"iterable", "start"}, 1, params));
    Value start = params[1].is_null() ? Value::small_int(0) : params[1];
    if (rt::is_str(start))
        return rt::raise_error(rt::g_exc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (rt::is_type(start, rt::g_types.bytes))
        return rt::raise_error(rt::g_exc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    Summation sum(start);
    MINIPY_TRY(for_each_item(params[0], [&](Value item) { return sum.add(item); }));
    return sum.total();
}

Result<Value> builtin_sorted(Value, const CallArgs& args) {
    Value options[2];  // key, reverse
    // CPython names list.sort in sorted()'s keyword errors.
    MINIPY_TRY(bind_keywords(args, "sort()", {"key", "reverse"}, options));
    if (args.nargs != 1)
        return rt::raise_error(rt::g_exc.TypeError, "sorted expected 1 argument, got {}", {std::to_string(args.nargs)});
    bool reverse = options[1].is_null() ? false : MINIPY_TRY(rt::as_index(options[1], "reverse")) != 0;
    Value key = options[0].is_null() ? Value::none() : options[0];
    rt::Root list(rt::make_list());
    auto& items = list.as<rt::ListObject>()->items;
    MINIPY_TRY(collect_iterable(args[0], items));
    MINIPY_TRY(rt::sort_values(items, key, reverse));
    return list.get();
}

// ---- types and attributes -------------------------------------------------

bool is_type_object(Value v) { return rt::is_type(v, rt::g_types.type); }

// isinstance/issubclass's second argument: a type, or a tuple of (tuples
// of) types. [matches] tests one type.
template <class Matches>
Result<bool> match_class_spec(Value spec, const char* error, Matches&& matches) {
    if (is_type_object(spec)) return matches(spec.as<rt::TypeObject>());
    if (!rt::is_tuple(spec)) return rt::raise_error(rt::g_exc.TypeError, error);
    for (Value t : spec.as<rt::TupleObject>()->items)
        if (MINIPY_TRY(match_class_spec(t, error, matches))) return true;
    return false;
}

Result<Value> builtin_isinstance(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "isinstance", 2, 2));
    Value obj = args[0];
    return Value::boolean(MINIPY_TRY(match_class_spec(
        args[1], "isinstance() arg 2 must be a type, a tuple of types, or a union",
        [&](rt::TypeObject* t) -> Result<bool> { return rt::isinstance_of(obj, t); })));
}

Result<Value> builtin_issubclass(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "issubclass", 2, 2));
    if (!is_type_object(args[0])) return rt::raise_error(rt::g_exc.TypeError, "issubclass() arg 1 must be a class");
    auto* cls = args[0].as<rt::TypeObject>();
    return Value::boolean(MINIPY_TRY(match_class_spec(
        args[1], "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        [&](rt::TypeObject* t) -> Result<bool> { return cls->is_subtype_of(t); })));
}

// Attribute names are interned, as CPython's setattr does, so the dicts
// they land in get the pointer-compare fast path.
Result<rt::StrObject*> attribute_name(Value name) {
    if (!rt::is_str(name))
        return rt::raise_error(rt::g_exc.TypeError, "attribute name must be string, not '{}'", {rt::type_name(name)});
    return rt::intern(rt::str_view(name));
}

Result<Value> builtin_getattr(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "getattr", 2, 3));
    rt::StrObject* name = MINIPY_TRY(attribute_name(args[1]));
    if (args.nargs == 2) return rt::getattr(args[0], name);
    Value v = MINIPY_TRY(rt::getattr_or_null(args[0], name));
    return v.is_exhausted() ? args[2] : v;
}

Result<Value> builtin_hasattr(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "hasattr", 2, 2));
    rt::StrObject* name = MINIPY_TRY(attribute_name(args[1]));
    Value v = MINIPY_TRY(rt::getattr_or_null(args[0], name));
    return Value::boolean(!v.is_exhausted());
}

Result<Value> builtin_setattr(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "setattr", 3, 3));
    rt::StrObject* name = MINIPY_TRY(attribute_name(args[1]));
    MINIPY_TRY(rt::setattr(args[0], name, args[2]));
    return Value::none();
}

Result<Value> builtin_delattr(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "delattr", 2, 2));
    rt::StrObject* name = MINIPY_TRY(attribute_name(args[1]));
    MINIPY_TRY(rt::delattr(args[0], name));
    return Value::none();
}

Result<Value> builtin_vars(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "vars", 0, 1));
    if (args.nargs == 0) return vm::current_locals();
    Value dict = MINIPY_TRY(rt::getattr_or_null(args[0], rt::intern("__dict__")));
    if (dict.is_exhausted()) return rt::raise_error(rt::g_exc.TypeError, "vars() argument must have __dict__ attribute");
    return dict;
}

// dir(obj): the names in the module's dict for a module; otherwise the
// instance's __dict__ and the dicts of its class and every base, sorted.
// dir() alone lists the current scope.
Result<Value> builtin_dir(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "dir", 0, 1));
    std::vector<std::string> names;
    auto add_keys = [&](rt::DictObject* dict) {
        for (const rt::HashEntry& e : dict->table.entries())
            if (rt::is_str(e.key)) names.emplace_back(rt::str_view(e.key));
    };
    Value obj = args.nargs ? args[0] : MINIPY_TRY(vm::current_locals());
    if (args.nargs == 0) {
        // dir(): the names in the current scope.
        add_keys(obj.as<rt::DictObject>());
    } else if (rt::is_type(obj, rt::g_types.module)) {
        add_keys(obj.as<rt::ModuleObject>()->dict);
    } else {
        rt::TypeObject* type = rt::type_of(obj);
        if (is_type_object(obj)) {
            type = obj.as<rt::TypeObject>();
        } else {
            Value dict = MINIPY_TRY(rt::getattr_or_null(obj, rt::intern("__dict__")));
            if (rt::is_dict(dict)) add_keys(dict.as<rt::DictObject>());
        }
        for (rt::TypeObject* t = type; t; t = t->base) add_keys(t->dict);
    }
    // UTF-8 byte order is code point order, which is how CPython sorts str.
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::vector<Value> items;
    for (const std::string& n : names) items.push_back(rt::make_str(n));
    return rt::make_list(std::move(items));
}

// ---- numbers --------------------------------------------------------------

Result<Value> builtin_abs(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "abs", 1, 1));
    Value x = args[0];
    if (x.is_small_int()) return rt::make_int(std::abs(x.as_small_int()));
    if (x.is_bool()) return Value::small_int(x.is_true() ? 1 : 0);
    if (x.is_double()) return Value::number(std::fabs(x.as_double()));
    if (rt::is_int(x))
        return rt::int_compare(x, Value::small_int(0)) < 0 ? rt::int_unary(rt::UnaryOp::Negative, x) : Result<Value>(x);
    Value r = MINIPY_TRY(call_special(x, "__abs__"));
    if (!r.is_exhausted()) return r;
    return rt::raise_error(rt::g_exc.TypeError, "bad operand type for abs(): '{}'", {rt::type_name(x)});
}

Result<Value> builtin_round(Value, const CallArgs& args) {
    Value params[2];
    MINIPY_TRY(rt::bind_args(args, "round", {"number", "ndigits"}, 1, params));
    return rt::round_value(params[0], params[1].is_null() ? Value::none() : params[1]);
}

bool is_number(Value v) { return rt::is_int(v) || v.is_double(); }

Result<Value> builtin_divmod(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "divmod", 2, 2));
    Value a = args[0], b = args[1];
    if (is_number(a) && is_number(b)) {
        bool ints = rt::is_int(a) && rt::is_int(b);
        // CPython names divmod itself when a float divisor is zero.
        if (!ints && MINIPY_TRY(rt::to_double(b)) == 0.0)
            return rt::raise_error(rt::g_exc.ZeroDivisionError, "float divmod()");
        auto op = ints ? rt::int_binary : rt::float_binary;
        Value quotient = MINIPY_TRY(op(rt::BinaryOp::FloorDivide, a, b));
        Value remainder = MINIPY_TRY(op(rt::BinaryOp::Remainder, a, b));
        return rt::make_tuple({quotient, remainder});
    }
    // A user class's __divmod__, then the right operand's __rdivmod__.
    for (auto [self, other, name] : {std::tuple{a, b, "__divmod__"}, std::tuple{b, a, "__rdivmod__"}}) {
        if (!user_type_defines(rt::type_of(self), name)) continue;
        Value method = MINIPY_TRY(rt::getattr(self, rt::intern(name)));
        Value r = MINIPY_TRY(rt::call1(method, other));
        if (!r.is(rt::g_not_implemented)) return r;
    }
    return rt::raise_error(rt::g_exc.TypeError, "unsupported operand type(s) for divmod(): '{}' and '{}'",
                           {rt::type_name(a), rt::type_name(b)});
}

// pow(base, exp, mod) for ints: GMP's modular power, with a negative
// exponent meaning the modular inverse (CPython 3.8+), and the result
// taking the sign of [mod] as Python's % does.
Result<Value> modular_pow(Value base, Value exp, Value mod) {
    mpz_class b, e, m, r;
    rt::int_to_mpz(base, b.get_mpz_t());
    rt::int_to_mpz(exp, e.get_mpz_t());
    rt::int_to_mpz(mod, m.get_mpz_t());
    if (m == 0) return rt::raise_error(rt::g_exc.ValueError, "pow() 3rd argument cannot be 0");
    bool negative_mod = m < 0;
    m = abs(m);
    if (m == 1) return Value::small_int(0);
    if (e < 0) {
        if (mpz_invert(b.get_mpz_t(), b.get_mpz_t(), m.get_mpz_t()) == 0)
            return rt::raise_error(rt::g_exc.ValueError, "base is not invertible for the given modulus");
        e = -e;
    }
    mpz_powm(r.get_mpz_t(), b.get_mpz_t(), e.get_mpz_t(), m.get_mpz_t());
    if (negative_mod && r != 0) r -= m;
    return rt::make_int(r.get_mpz_t());
}

Result<Value> builtin_pow(Value, const CallArgs& args) {
    Value params[3];
    MINIPY_TRY(rt::bind_args(args, "pow", {"base", "exp", "mod"}, 2, params));
    if (params[2].is_null() || params[2].is_none()) return rt::binary_op(rt::BinaryOp::Power, params[0], params[1]);
    if (!rt::is_int(params[0]) || !rt::is_int(params[1]) || !rt::is_int(params[2]))
        return rt::raise_error(rt::g_exc.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return modular_pow(params[0], params[1], params[2]);
}

// bin/oct/hex: the digits of int_to_string behind the sign and [prefix].
Result<Value> int_with_prefix(const CallArgs& args, const char* name, int base, const char* prefix) {
    MINIPY_TRY(rt::check_positional(args, name, 1, 1));
    Value x = MINIPY_TRY(index_value(args[0]));
    std::string digits = rt::int_to_string(x, base);
    bool negative = digits[0] == '-';
    return rt::make_str((negative ? "-" : "") + std::string(prefix) + digits.substr(negative ? 1 : 0));
}

Result<Value> builtin_bin(Value, const CallArgs& args) { return int_with_prefix(args, "bin", 2, "0b"); }
Result<Value> builtin_oct(Value, const CallArgs& args) { return int_with_prefix(args, "oct", 8, "0o"); }
Result<Value> builtin_hex(Value, const CallArgs& args) { return int_with_prefix(args, "hex", 16, "0x"); }

Result<Value> builtin_chr(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "chr", 1, 1));
    Value x = MINIPY_TRY(index_value(args[0]));
    std::int64_t cp = 0;
    if (!rt::int_to_int64(x, cp) || cp < INT_MIN || cp > INT_MAX)
        return rt::raise_error(rt::g_exc.OverflowError, "Python int too large to convert to C int");
    if (cp < 0 || cp >= 0x110000) return rt::raise_error(rt::g_exc.ValueError, "chr() arg not in range(0x110000)");
    std::string s;
    rt::append_utf8(s, static_cast<std::uint32_t>(cp));
    return rt::make_str(s);
}

Result<Value> builtin_ord(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "ord", 1, 1));
    Value c = args[0];
    std::int64_t length = 0;
    if (rt::is_str(c)) length = c.as<rt::StrObject>()->length;
    else if (rt::is_bytes(c)) length = static_cast<std::int64_t>(rt::bytes_view(c).size());
    else
        return rt::raise_error(rt::g_exc.TypeError, "ord() expected string of length 1, but {} found",
                               {rt::type_name(c)});
    if (length != 1)
        return rt::raise_error(rt::g_exc.TypeError, "ord() expected a character, but string of length {} found",
                               {std::to_string(length)});
    if (rt::is_bytes(c)) return rt::make_int(static_cast<unsigned char>(rt::bytes_view(c)[0]));
    std::size_t pos = 0;
    return rt::make_int(rt::decode_utf8(rt::str_view(c), pos));
}

// ---- the module -----------------------------------------------------------

struct BuiltinFunction {
    const char* name;
    rt::NativeFn fn;
};

constexpr BuiltinFunction kFunctions[] = {
    {"print", builtin_print},       {"input", builtin_input},       {"len", builtin_len},
    {"repr", builtin_repr},         {"ascii", builtin_ascii},       {"hash", builtin_hash},
    {"id", builtin_id},             {"callable", builtin_callable}, {"format", builtin_format},
    {"iter", builtin_iter},         {"next", builtin_next},         {"any", builtin_any},
    {"all", builtin_all},           {"min", builtin_min},           {"max", builtin_max},
    {"sum", builtin_sum},           {"sorted", builtin_sorted},     {"isinstance", builtin_isinstance},
    {"issubclass", builtin_issubclass}, {"getattr", builtin_getattr}, {"hasattr", builtin_hasattr},
    {"setattr", builtin_setattr},   {"delattr", builtin_delattr},   {"vars", builtin_vars},
    {"dir", builtin_dir},           {"abs", builtin_abs},           {"round", builtin_round},
    {"divmod", builtin_divmod},     {"pow", builtin_pow},           {"bin", builtin_bin},
    {"oct", builtin_oct},           {"hex", builtin_hex},           {"chr", builtin_chr},
    {"ord", builtin_ord},           {"open", builtin_open},
};

}  // namespace

// exit and quit (CPython's site module adds them): the repr tells the REPL
// user how to leave; calling one raises SystemExit(code).
struct QuitterObject : rt::Object {
    std::string name;
    QuitterObject(rt::TypeObject* type, std::string n) : Object(type), name(std::move(n)) {}
};

Result<Value> quitter_repr(Value self) {
    return rt::make_str("Use " + self.as<QuitterObject>()->name + "() or Ctrl-D (i.e. EOF) to exit");
}

Result<Value> quitter_call(Value self, const CallArgs& args) {
    Value params[1];
    MINIPY_TRY(rt::bind_args(args, self.as<QuitterObject>()->name, {"code"}, 0, params));
    Value code = params[0].is_null() ? Value::none() : params[0];
    return rt::raise(rt::make_exception(rt::g_exc.SystemExit, code.is_none() ? rt::empty_tuple() : rt::make_tuple({code})));
}

void add_quitters(rt::ModuleObject* builtins) {
    rt::TypeObject* type = rt::make_builtin_type("Quitter", nullptr);
    type->slots.repr = quitter_repr;
    type->slots.call = quitter_call;
    for (const char* name : {"exit", "quit"}) rt::set_attr_str(builtins, name, Value::object(rt::make<QuitterObject>(type, name)));
}

rt::ModuleObject* make_builtins_module() {
    init_iterator_types();
    init_type_constructors();
    auto* builtins = rt::make_module("builtins").as<rt::ModuleObject>();
    for (const BuiltinFunction& f : kFunctions) rt::add_function(builtins, f.name, f.fn);

    const rt::BuiltinTypes& t = rt::g_types;
    for (rt::TypeObject* type : {t.object, t.type, t.int_, t.float_, t.bool_, t.str, t.bytes, t.list, t.tuple, t.dict,
                                 t.set, t.frozenset, t.range, t.slice, t.enumerate, t.zip, t.map, t.filter,
                                 t.reversed})
        rt::set_attr_str(builtins, type->name, Value::object(type));
    for (rt::TypeObject* type : rt::all_exception_types()) rt::set_attr_str(builtins, type->name, Value::object(type));

    rt::set_attr_str(builtins, "None", Value::none());
    rt::set_attr_str(builtins, "True", Value::boolean(true));
    rt::set_attr_str(builtins, "False", Value::boolean(false));
    rt::set_attr_str(builtins, "Ellipsis", rt::g_ellipsis);
    rt::set_attr_str(builtins, "NotImplemented", rt::g_not_implemented);
    rt::set_attr_str(builtins, "__debug__", Value::boolean(true));
    add_quitters(builtins);
    return builtins;
}

}  // namespace minipy::stdlib
