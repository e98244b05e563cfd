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

}  // namespace minipy::stdlib
