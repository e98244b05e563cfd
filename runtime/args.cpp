// runtime/args.cpp: binding native CallArgs to parameter names.
#include "runtime/args.h"

#include <string>

#include "runtime/exceptions.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy::rt {

Result<void> bind_args(const CallArgs& args, std::string_view fname, std::initializer_list<const char*> names,
                       std::size_t required, Value* out) {
    std::size_t n = names.size();
    for (std::size_t i = 0; i < n; ++i) out[i] = Value::null();
    if (args.nargs > n) {
        std::string f(fname);
        return raise_error(g_exc.TypeError, "{}() takes at most {} argument{} ({} given)",
                           {f, std::to_string(n), n == 1 ? "" : "s", std::to_string(args.nargs)});
    }
    for (std::size_t i = 0; i < args.nargs; ++i) out[i] = args[i];
    for (std::size_t k = 0; k < args.nkw(); ++k) {
        std::string_view key = str_view(args.kwnames->items[k]);
        std::size_t i = 0;
        for (const char* name : names) {
            if (key == name) break;
            ++i;
        }
        if (i == n)
            return raise_error(g_exc.TypeError, "{}() got an unexpected keyword argument '{}'", {fname, key});
        if (!out[i].is_null())
            return raise_error(g_exc.TypeError, "argument for {}() given by name ('{}') and position ({})",
                               {fname, key, std::to_string(i + 1)});
        out[i] = args.kwvalues()[k];
    }
    std::size_t i = 0;
    for (const char* name : names) {
        if (i < required && out[i].is_null())
            return raise_error(g_exc.TypeError, "{}() missing required argument '{}' (pos {})",
                               {fname, name, std::to_string(i + 1)});
        ++i;
    }
    return {};
}

Result<void> no_keywords(const CallArgs& args, std::string_view fname) {
    if (args.nkw() != 0) return raise_error(g_exc.TypeError, "{}() takes no keyword arguments", {fname});
    return {};
}

Result<void> check_positional(const CallArgs& args, std::string_view fname, std::size_t min, std::size_t max) {
    MINIPY_TRY(no_keywords(args, fname));
    if (args.nargs >= min && args.nargs <= max) return {};
    std::string given = std::to_string(args.nargs);
    // CPython's wording for the three shapes of arity error.
    if (min == max) {
        if (min == 0) return raise_error(g_exc.TypeError, "{}() takes no arguments ({} given)", {fname, given});
        if (min == 1)
            return raise_error(g_exc.TypeError, "{}() takes exactly one argument ({} given)", {fname, given});
        return raise_error(g_exc.TypeError, "{} expected {} arguments, got {}", {fname, std::to_string(min), given});
    }
    if (args.nargs < min)
        return raise_error(g_exc.TypeError, "{} expected at least {} argument{}, got {}",
                           {fname, std::to_string(min), min == 1 ? "" : "s", given});
    return raise_error(g_exc.TypeError, "{} expected at most {} argument{}, got {}",
                       {fname, std::to_string(max), max == 1 ? "" : "s", given});
}

}  // namespace minipy::rt
