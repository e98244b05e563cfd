// stdlib/modules.cpp: the table of built-in modules. Adding a module is one
// line in kBuiltinModules plus its make_<name>_module() in its own file.
#include "stdlib/modules.h"

#include <iterator>

#include "runtime/heap.h"

namespace minipy::stdlib {

namespace {

struct BuiltinModule {
    std::string_view name;
    rt::ModuleObject* (*make)();
};

constexpr BuiltinModule kBuiltinModules[] = {
    {"builtins", make_builtins_module},
    {"sys", make_sys_module},
    {"math", make_math_module},
    {"errno", make_errno_module},
    {"signal", make_signal_module},
    {"time", make_time_module},
    {"os", make_os_module},
    {"select", make_select_module},
    {"_thread", make_thread_module},
    {"atexit", make_atexit_module},
    {"_posixsubprocess", make_posixsubprocess_module},
};

// One slot per table row, filled on first import; the modules are
// permanent roots, so they outlive any sys.modules manipulation.
rt::ModuleObject* g_cache[std::size(kBuiltinModules)] = {};

}  // namespace

rt::ModuleObject* builtin_module(std::string_view name) {
    for (std::size_t i = 0; i < std::size(kBuiltinModules); ++i) {
        if (kBuiltinModules[i].name != name) continue;
        if (!g_cache[i]) {
            g_cache[i] = kBuiltinModules[i].make();
            rt::g_heap.add_permanent(g_cache[i]);
        }
        return g_cache[i];
    }
    return nullptr;
}

}  // namespace minipy::stdlib
