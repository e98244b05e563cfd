// vm/generator.h: generator objects. A generator owns its frame: the
// call's frame moves out of the FrameStack at RETURN_GENERATOR into a
// buffer the generator holds, and each next()/send()/throw() links that
// frame back into the chain and runs it until YIELD_VALUE or the end (the
// life of the frame is told in vm/README.md). CPython 3.11's genobject.c,
// reduced to plain generators.
#pragma once

#include <cstdint>
#include <memory>

#include "runtime/object.h"
#include "runtime/str_object.h"
#include "vm/code_object.h"
#include "vm/frame.h"

namespace minipy::vm {

// How one resumption ended (CPython's PySendResult): the frame yielded, it
// returned (or the generator was already finished), or it raised.
enum class SendStatus : std::uint8_t { Next, Return, Error };

struct GeneratorObject : rt::Object {
    // CPython 3.11's gi_frame_state, reduced.
    enum class State : std::uint8_t { Created, Suspended, Running, Completed };

    // The Frame, then its slots and its value stack, as in a FrameStack
    // chunk; freed when the generator completes, which drops everything
    // the frame held.
    std::unique_ptr<rt::Value[]> storage;
    CodeObject* code;
    rt::StrObject* name;
    rt::StrObject* qualname;
    // What this generator's own `except` blocks are handling while it is
    // not running (CPython's gi_exc_state); swapped with the thread's
    // `handled` around each run, so a yield inside an `except` block neither
    // leaks into nor clobbers the consumer's.
    rt::Value handled = rt::Value::none();
    State state = State::Created;

    // Copies [frame], which has just run RETURN_GENERATOR, into the new generator.
    explicit GeneratorObject(Frame* frame);
    Frame* frame() const { return reinterpret_cast<Frame*>(storage.get()); }
    // Marks the code, the names and, until it completes, the frame: its
    // function, globals, slots and stack up to the saved sp. A running
    // generator's frame is also on the chain, which marks the same values.
    void trace(rt::Tracer& t) override;
};

// RETURN_GENERATOR: a new generator holding a copy of [frame].
rt::Value make_generator(Frame* frame);

// SEND, the step of `yield from` (CPython's PyIter_Send): sends [value] into
// [receiver] — a generator directly, another iterator through its next slot
// when [value] is None, else through its `send` method. Sets [result] to
// the value yielded or, on Return, to the receiver's return value.
SendStatus send_to(rt::Value receiver, rt::Value value, rt::Value& result);

// Creates the `generator` type (rt::g_types.generator) and its methods.
void init_generator_type();

}  // namespace minipy::vm
