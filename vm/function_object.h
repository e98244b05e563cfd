// vm/function_object.h: a Python function: a code object plus what the
// `def` statement evaluated when it ran (globals, defaults, closure cells).
#pragma once

#include "runtime/dict_object.h"
#include "runtime/object.h"
#include "vm/code_object.h"

namespace minipy::vm {

struct FunctionObject : rt::Object {
    CodeObject* code;
    rt::DictObject* globals;
    rt::DictObject* builtins;
    rt::StrObject* name;
    rt::StrObject* qualname;
    rt::Value defaults = rt::Value::null();    // a tuple, or null
    rt::Value kwdefaults = rt::Value::null();  // a dict, or null
    rt::Value closure = rt::Value::null();     // a tuple of cells, or null
    rt::Value module = rt::Value::none();      // the module's __name__
    rt::Value doc = rt::Value::none();
    rt::DictObject* dict = nullptr;            // function attributes

    FunctionObject(CodeObject* c, rt::DictObject* g, rt::DictObject* b);
    void trace(rt::Tracer& t) override;
};

void init_function_types();

}  // namespace minipy::vm
