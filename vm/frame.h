// vm/frame.h: an activation record. Frames live in a per-thread stack of
// chunks (CPython 3.11's data stack), not on the heap: a call is a pointer
// bump, and the collector finds every live value by walking the frame chain
// from the thread's current frame.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "runtime/dict_object.h"
#include "vm/code_object.h"
#include "vm/function_object.h"

namespace minipy::vm {

struct Frame {
    CodeObject* code;
    FunctionObject* function;  // null for module code
    rt::DictObject* globals;
    rt::DictObject* builtins;
    rt::DictObject* locals;    // the namespace of LOAD_NAME: module globals or a class body
    Frame* previous;
    const Instruction* ip;     // the next instruction, saved while the frame is not executing
    rt::Value* sp;             // top of the value stack, saved likewise
    // The returning instruction leaves run_frame instead of resuming the
    // caller: this frame was entered from native code (or is the first one).
    bool is_entry;

    // The nlocalsplus slots, then the value stack, laid out right after
    // the Frame in the same chunk.
    rt::Value* localsplus() { return reinterpret_cast<rt::Value*>(this + 1); }
    rt::Value* stack_base() { return localsplus() + code->nlocalsplus(); }
    // The instruction currently executing (ip has moved past it).
    int lasti() const { return static_cast<int>(ip - code->instructions.data()) - 1; }
    int current_line() const {
        int i = lasti();
        return i >= 0 ? code->lines[static_cast<std::size_t>(i)] : code->firstlineno;
    }
    void trace(rt::Tracer& t);
};

// Allocates frames in large chunks, last in first out.
class FrameStack {
public:
    // Space for a frame of [code]; the caller fills the fields.
    Frame* push(CodeObject* code);
    void pop(Frame* frame);

private:
    struct Chunk {
        std::unique_ptr<rt::Value[]> data;
        std::size_t size;
        std::size_t top;
    };
    std::vector<Chunk> m_chunks;
    std::size_t m_current = 0;
};

}  // namespace minipy::vm
