// vm/import.cpp: the import statement: sys.modules first, then the
// built-in modules of stdlib/. (Modules from .py files beside the script
// arrive with issue 3.)
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "stdlib/modules.h"
#include "stdlib/sys_module.h"
#include "vm/eval_helpers.h"

namespace minipy::vm {

using rt::Result;

Result<Value> import_name(Frame*, rt::StrObject* name, Value, Value level) {
    if (level.is_small_int() && level.as_small_int() > 0)
        return rt::raise_error(rt::g_exc.ImportError, "attempted relative import with no known parent package");
    rt::DictObject* modules = stdlib::sys_modules();
    Value cached = modules->get_str(name);
    if (!cached.is_null()) return cached;
    rt::ModuleObject* module = stdlib::builtin_module(name->view());
    if (!module) {
        Value exc = rt::make_exception(rt::g_exc.ModuleNotFoundError,
                                       rt::format_message("No module named '{}'", {name->view()}));
        return rt::raise(exc);
    }
    Value v = Value::object(module);
    modules->set_str(name, v);
    return v;
}

Result<Value> import_from(Value module, rt::StrObject* name) {
    auto attr = rt::getattr_or_null(module, name);
    if (attr.is_error()) return rt::kError;
    if (!attr.value().is_exhausted()) return attr;
    std::string module_name = "?";
    if (rt::is_type(module, rt::g_types.module)) module_name = module.as<rt::ModuleObject>()->name->view();
    return rt::raise_error(rt::g_exc.ImportError, "cannot import name '{}' from '{}' (unknown location)",
                           {name->view(), module_name});
}

}  // namespace minipy::vm
