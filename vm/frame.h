// vm/frame.h: an activation record. Frames live in a per-thread stack of
// chunks (CPython 3.11's data stack), not on the heap: a call is a pointer
// bump, and the collector finds every live value by walking the frame chain
// from the thread's current frame.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "runtime/dict_object.h"
#include "vm/code_object.h"
#include "vm/function_object.h"

namespace minipy::vm {

// Who owns a frame's memory (CPython 3.11's frame->owner): the thread's
// FrameStack, or a generator object, whose frame outlives the call that
// made it (vm/generator.h). Leaving a generator's frame unlinks it from the
// chain but never pops the FrameStack.
enum class FrameOwner : std::uint8_t { Thread, Generator };

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
    FrameOwner owner;
    // Set by YIELD_VALUE as it leaves run_frame: the value returned was
    // yielded and the frame is suspended, not finished. Only generator
    // frames yield; the generator clears this before each resumption.
    bool yielded;

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

// Allocates frames in large chunks, last in first out. The slots are left
// uninitialised: the caller fills the parameters and nulls the rest.
class FrameStack {
public:
    Frame* push(const CodeObject* code) {
        if (m_top + code->frame_values <= m_limit) [[likely]] {
            auto* frame = reinterpret_cast<Frame*>(m_top);
            m_top += code->frame_values;
            return frame;
        }
        return push_in_new_chunk(code);
    }
    void pop(Frame* frame) {
        auto* base = reinterpret_cast<rt::Value*>(frame);
        if (base >= m_chunks[m_current].data.get() && base < m_limit) [[likely]] {
            m_top = base;
            return;
        }
        pop_to_previous_chunk(base);
    }

private:
    Frame* push_in_new_chunk(const CodeObject* code);
    void pop_to_previous_chunk(rt::Value* base);

    struct Chunk {
        std::unique_ptr<rt::Value[]> data;
        std::size_t size;
    };
    std::vector<Chunk> m_chunks;
    std::size_t m_current = 0;
    rt::Value* m_top = nullptr;    // first free Value of the current chunk
    rt::Value* m_limit = nullptr;  // end of the current chunk
};

}  // namespace minipy::vm
