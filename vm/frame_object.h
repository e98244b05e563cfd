// vm/frame_object.h: frame objects, the Python-visible snapshot of an
// activation record that signal handlers receive as their second argument
// (f_code, f_lineno, f_globals, f_back). Frames themselves live on the frame
// stack and die with their call; a frame object copies what it shows.
#pragma once

#include "runtime/object.h"
#include "vm/frame.h"

namespace minipy::vm {

struct FrameObject : rt::Object {
    CodeObject* code;
    rt::DictObject* globals;
    int lineno;
    rt::Value back = rt::Value::none();  // the caller's frame object, or None

    FrameObject(CodeObject* c, rt::DictObject* g, int line);
    void trace(rt::Tracer& t) override;
};

// A frame object for the running Python frame and its callers; None when no
// Python code is running.
rt::Value current_frame_object();

void init_frame_object_type();

}  // namespace minipy::vm
