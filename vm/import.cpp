// vm/import.cpp: the import statement: sys.modules first, then the
// built-in modules of stdlib/ (native ones, then those written in Python
// and frozen into the binary, stdlib/*.py), then NAME.py in a directory of
// sys.path.
// A module enters sys.modules before its body runs (so circular imports
// see it half-built, as in CPython) and leaves it again if the body fails.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compiler/codegen.h"
#include "compiler/tokenizer.h"
#include "runtime/dict_object.h"
#include "runtime/heap.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/exceptions.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "stdlib/frozen.h"
#include "stdlib/modules.h"
#include "stdlib/sys_module.h"
#include "vm/eval_helpers.h"
#include "vm/interpreter.h"
#include "vm/syntax_error.h"

namespace minipy::vm {

using rt::Result;

namespace {

// ImportError and ModuleNotFoundError carry the module's name in `.name`.
rt::Error raise_import_error(rt::TypeObject* type, const std::string& message, Value name) {
    rt::Root exc(rt::make_exception(type, message));
    auto* e = exc.as<rt::ExceptionObject>();
    e->dict = rt::make<rt::DictObject>();
    e->dict->set_str(rt::intern("name"), name);
    return rt::raise(exc.get());
}

// NAME.py in the first directory of sys.path that has it, or "".
std::string find_module_file(std::string_view name) {
    Value path = stdlib::builtin_module("sys")->dict->get_str(rt::intern("path"));
    if (!rt::is_list(path)) return {};
    for (Value dir : path.as<rt::ListObject>()->items) {
        if (!rt::is_str(dir)) continue;
        std::filesystem::path candidate = std::filesystem::path(std::string(rt::str_view(dir))) / (std::string(name) + ".py");
        std::error_code ec;
        if (std::filesystem::is_regular_file(candidate, ec)) return candidate.string();
    }
    return {};
}

// Runs [source] as the new module [name]; [path] names it in tracebacks
// and, unless [frozen], becomes its __file__.
Result<Value> load_source_module(rt::StrObject* name, std::string_view source, const std::string& path, bool frozen) {
    CodeObject* code = nullptr;
    try {
        code = compiler::compile(std::string(source), path, compiler::CompileMode::File);
    } catch (const compiler::SyntaxErrorException& e) {
        return rt::raise(make_syntax_error(e.info));
    }
    rt::Root code_root(Value::object(code));
    rt::Root module(rt::make_module(name->view()));
    auto* dict = module.as<rt::ModuleObject>()->dict;
    if (!frozen) dict->set_str(rt::intern("__file__"), rt::make_str(path));
    dict->set_str(rt::intern("__builtins__"), Value::object(stdlib::builtin_module("builtins")));
    rt::DictObject* modules = stdlib::sys_modules();
    modules->set_str(name, module.get());
    if (interpreter().exec_module(code, dict).is_error()) {
        bool removed = false;
        rt::Root pending(rt::take_exception());
        if (modules->table.remove(Value::object(name), rt::str_hash(name), removed).is_error()) return rt::kError;
        return rt::raise(pending.get());
    }
    // The module may have replaced itself in sys.modules, as CPython allows.
    Value result = modules->get_str(name);
    return result.is_null() ? module.get() : result;
}

}  // namespace

Result<Value> import_name(Frame*, rt::StrObject* name, Value, Value level) {
    if (level.is_small_int() && level.as_small_int() > 0)
        return rt::raise_error(rt::g_exc.ImportError, "attempted relative import with no known parent package");
    rt::DictObject* modules = stdlib::sys_modules();
    Value cached = modules->get_str(name);
    if (!cached.is_null()) return cached;
    if (rt::ModuleObject* module = stdlib::builtin_module(name->view())) {
        Value v = Value::object(module);
        modules->set_str(name, v);
        return v;
    }
    std::string_view frozen = stdlib::frozen_source(name->view());
    if (!frozen.empty()) return load_source_module(name, frozen, "<frozen " + std::string(name->view()) + ">", true);
    std::string path = find_module_file(name->view());
    if (path.empty())
        return raise_import_error(rt::g_exc.ModuleNotFoundError, rt::format_message("No module named '{}'", {name->view()}),
                                  Value::object(name));
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return load_source_module(name, text.str(), path, false);
}

Result<Value> import_from(Value module, rt::StrObject* name) {
    auto attr = rt::getattr_or_null(module, name);
    if (attr.is_error()) return rt::kError;
    if (!attr.value().is_exhausted()) return attr;
    std::string module_name = "?";
    std::string location = "unknown location";
    if (rt::is_type(module, rt::g_types.module)) {
        auto* m = module.as<rt::ModuleObject>();
        module_name = m->name->view();
        Value file = m->dict->get_str(rt::intern("__file__"));
        if (rt::is_str(file)) location = rt::str_view(file);
    }
    return raise_import_error(rt::g_exc.ImportError,
                              rt::format_message("cannot import name '{}' from '{}' ({})", {name->view(), module_name, location}),
                              rt::make_str(module_name));
}

}  // namespace minipy::vm
