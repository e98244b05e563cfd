// stdlib/modules.h: the table of built-in modules. Each module file defines
// one `make_<name>_module()` that builds the module object; the import
// machinery calls it the first time the module is imported.
#pragma once

#include <string_view>

#include "runtime/misc_objects.h"

namespace minipy::stdlib {

// The module named [name], built on first use and cached; null if there is
// no built-in module of that name.
rt::ModuleObject* builtin_module(std::string_view name);

// The `builtins` module; its dict is every frame's builtins namespace.
rt::ModuleObject* make_builtins_module();
rt::ModuleObject* make_sys_module();
rt::ModuleObject* make_math_module();
rt::ModuleObject* make_errno_module();
rt::ModuleObject* make_signal_module();
rt::ModuleObject* make_time_module();
rt::ModuleObject* make_os_module();
rt::ModuleObject* make_select_module();
rt::ModuleObject* make_thread_module();
rt::ModuleObject* make_atexit_module();
// Runs the atexit callbacks, last registered first (Interpreter::finalize).
void run_atexit_callbacks();
rt::ModuleObject* make_posixsubprocess_module();

// Builds the signal module at start-up, as CPython does: records the
// dispositions inherited from the parent and installs default_int_handler
// for SIGINT (SIGNALS.md 5, 17). Call once the interpreter exists.
void init_signal_handling();

}  // namespace minipy::stdlib
