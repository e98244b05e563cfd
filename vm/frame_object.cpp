// vm/frame_object.cpp: frame objects (see frame_object.h) and the code
// object attributes they expose through f_code.
#include "vm/frame_object.h"

#include <cstdio>

#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/str_object.h"
#include "vm/interpreter.h"

namespace minipy::vm {

using rt::Result;
using rt::Value;

FrameObject::FrameObject(CodeObject* c, rt::DictObject* g, int line)
    : Object(rt::g_types.frame), code(c), globals(g), lineno(line) {}

void FrameObject::trace(rt::Tracer& t) {
    t.mark(code);
    t.mark(globals);
    t.mark(back);
}

Value current_frame_object() {
    // Built from the outermost frame in, so each object's f_back exists first.
    std::vector<Frame*> chain;
    for (Frame* f = interpreter().current_frame(); f; f = f->previous) chain.push_back(f);
    rt::Root back(Value::none());
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        auto* object = rt::make<FrameObject>((*it)->code, (*it)->globals, (*it)->current_line());
        object->back = back.get();
        back.set(Value::object(object));
    }
    return back.get();
}

namespace {

Result<Value> frame_getattr(Value self, rt::StrObject* name) {
    auto* f = self.as<FrameObject>();
    std::string_view n = name->view();
    if (n == "f_code") return Value::object(f->code);
    if (n == "f_lineno") return rt::make_int(f->lineno);
    if (n == "f_globals") return Value::object(f->globals);
    if (n == "f_back") return f->back;
    return rt::raise_error(rt::g_exc.AttributeError, rt::msg::kNoAttribute, {"frame", n});
}

Result<Value> frame_repr(Value self) {
    auto* f = self.as<FrameObject>();
    char addr[32];
    std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(f));
    return rt::make_str("<frame at " + std::string(addr) + ", file '" + std::string(f->code->filename->view()) +
                        "', line " + std::to_string(f->lineno) + ", code " + std::string(f->code->name->view()) + ">");
}

Result<Value> code_getattr(Value self, rt::StrObject* name) {
    auto* c = self.as<CodeObject>();
    std::string_view n = name->view();
    if (n == "co_name") return Value::object(c->name);
    if (n == "co_qualname") return Value::object(c->qualname);
    if (n == "co_filename") return Value::object(c->filename);
    if (n == "co_firstlineno") return rt::make_int(c->firstlineno);
    if (n == "co_argcount") return rt::make_int(c->argcount);
    return rt::raise_error(rt::g_exc.AttributeError, rt::msg::kNoAttribute, {"code", n});
}

}  // namespace

void init_frame_object_type() {
    rt::g_types.frame->slots.getattr = frame_getattr;
    rt::g_types.frame->slots.repr = frame_repr;
    rt::g_types.code->slots.getattr = code_getattr;
}

}  // namespace minipy::vm
