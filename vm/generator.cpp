// vm/generator.cpp: the generator type: resuming a generator's frame
// (Interpreter::resume_frame), send/throw/close with CPython 3.11's rules
// and messages (Objects/genobject.c), delegation for `yield from`, and
// the iterator slots that let `for` loops and builtins consume generators
// without ever allocating a StopIteration.
#include "vm/generator.h"

#include <algorithm>
#include <cstdio>

#include "runtime/args.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"
#include "vm/interpreter.h"

namespace minipy::vm {

using rt::Result;
using rt::Value;
using State = GeneratorObject::State;

GeneratorObject::GeneratorObject(Frame* source)
    : Object(rt::g_types.generator),
      storage(std::make_unique<Value[]>(source->code->frame_values)),
      code(source->code),
      name(source->function->name),
      qualname(source->function->qualname) {
    Frame* f = frame();
    *f = *source;
    std::copy(source->localsplus(), source->sp, f->localsplus());
    f->sp = f->localsplus() + (source->sp - source->localsplus());
    f->previous = nullptr;
    // Always run from native code (send_ex below), so its returns and
    // yields leave run_frame.
    f->is_entry = true;
    f->owner = FrameOwner::Generator;
    f->yielded = false;
}

void GeneratorObject::trace(rt::Tracer& t) {
    t.mark(code);
    t.mark(name);
    t.mark(qualname);
    t.mark(handled);
    if (storage) frame()->trace(t);
}

Value make_generator(Frame* frame) { return Value::object(rt::make<GeneratorObject>(frame)); }

Result<Value> Interpreter::resume_frame(Frame* frame, Value sent, bool throwing) {
    VmThread& thread = vm_thread();
    if (thread.depth >= rt::g_recursion_limit) [[unlikely]]
        return rt::raise_error(rt::g_exc.RecursionError, rt::msg::kRecursion);
    ++thread.depth;
    *frame->sp++ = sent;
    frame->previous = thread.current_frame;
    thread.current_frame = frame;
    return run_frame(frame, throwing);
}

namespace {

bool is_generator(Value v) { return rt::is_type(v, rt::g_types.generator); }

// StopIteration(value), or StopIteration() for None, as CPython's
// _PyGen_SetStopIterationValue.
rt::Error raise_stop_iteration(Value value) {
    Value args = value.is_none() ? rt::empty_tuple() : rt::make_tuple({value});
    return rt::raise(rt::make_exception(rt::g_exc.StopIteration, args));
}

// Takes the pending StopIteration and returns its value.
Result<Value> take_stop_iteration_value() {
    rt::Root stop(rt::take_exception());
    return rt::getattr(stop.get(), rt::intern("value"));
}

// PEP 479: a StopIteration escaping the body would end the consumer's loop
// silently, so it becomes RuntimeError, caused by it (CPython's
// _PyErr_FormatFromCause).
void replace_stop_iteration() {
    Value stop = rt::take_exception();
    Value error = rt::make_exception(rt::g_exc.RuntimeError, "generator raised StopIteration");
    auto* e = error.as<rt::ExceptionObject>();
    e->cause = stop;
    e->context = stop;
    e->suppress_context = true;
    rt::raise(error);
}

// CPython's gen_send_ex2: runs [gen] once. [arg] is the value sent (null
// for next(), which sends None); with [throwing], the pending exception is
// raised at the instruction the frame is suspended at instead.
SendStatus send_ex(GeneratorObject* gen, Value arg, bool throwing, Value& result) {
    if (gen->state == State::Created && !arg.is_null() && !arg.is_none()) {
        rt::raise_error(rt::g_exc.TypeError, "can't send non-None value to a just-started generator");
        return SendStatus::Error;
    }
    if (gen->state == State::Running) {
        rt::raise_error(rt::g_exc.ValueError, "generator already executing");
        return SendStatus::Error;
    }
    if (gen->state == State::Completed) {
        // A thrown exception propagates as it is; send() and next() see the end.
        if (throwing) return SendStatus::Error;
        result = Value::none();
        return SendStatus::Return;
    }
    // The generator must outlive its own run even if the caller's reference
    // was the last one; the consumer's exception state is kept here.
    rt::ThreadState& thread = *rt::g_thread;
    rt::Root keep(Value::object(gen));
    rt::Root consumer_handled(thread.handled);
    rt::Root consumer_outer(thread.outer_handled);
    thread.outer_handled = thread.current_handled();
    thread.handled = gen->handled;
    // A thrown exception is chained with what the generator itself is
    // handling, never with the consumer's (CPython's _PyErr_ChainStackItem).
    if (throwing && !gen->handled.is_none()) {
        auto* exc = rt::pending_exception().as<rt::ExceptionObject>();
        if (!gen->handled.is(Value::object(exc))) exc->context = gen->handled;
    }
    gen->state = State::Running;
    Frame* frame = gen->frame();
    frame->yielded = false;
    Result<Value> r = interpreter().resume_frame(frame, arg.is_null() ? Value::none() : arg, throwing);
    gen->handled = thread.handled;
    thread.handled = consumer_handled.get();
    thread.outer_handled = consumer_outer.get();
    if (!r.is_error() && frame->yielded) {
        gen->state = State::Suspended;
        result = r.value();
        return SendStatus::Next;
    }
    // Returned or raised: the frame is dead, and so is what it held.
    gen->state = State::Completed;
    gen->storage.reset();
    gen->handled = Value::none();
    if (r.is_error()) {
        if (rt::exception_matches(rt::g_exc.StopIteration)) replace_stop_iteration();
        return SendStatus::Error;
    }
    result = r.value();
    return SendStatus::Return;
}

// What send() and __next__ return: the yielded value, or StopIteration
// carrying the return value.
Result<Value> value_or_stop(SendStatus status, Value result) {
    if (status == SendStatus::Next) return result;
    if (status == SendStatus::Error) return rt::kError;
    return raise_stop_iteration(result);
}

// The iterator a generator suspended in `yield from` delegates to, or null
// (CPython's _PyGen_yf): the frame waits at RESUME 2 with the receiver on
// top of its stack (see CodeGen::emit_yield_from).
Value delegate(GeneratorObject* gen) {
    if (gen->state != State::Suspended) return Value::null();
    Frame* frame = gen->frame();
    if (frame->ip->op != Op::RESUME || frame->ip->arg() < 2) return Value::null();
    return frame->sp[-1];
}

Result<Value> close(GeneratorObject* gen);

// Closes a `yield from` receiver (CPython's gen_close_iter): close() for
// a generator, its `close` method for other iterators that have one.
Result<void> close_iter(Value receiver) {
    if (is_generator(receiver)) {
        MINIPY_TRY(close(receiver.as<GeneratorObject>()));
        return {};
    }
    rt::Root method(MINIPY_TRY(rt::getattr_or_null(receiver, rt::intern("close"))));
    if (method.get().is_exhausted()) return {};
    MINIPY_TRY(rt::call0(method.get()));
    return {};
}

// The receiver of the `yield from` [gen] is suspended in has finished
// (pending: its StopIteration or its error): pop it and continue after the
// loop with its return value, or raise its error there (CPython's
// _gen_throw, "Termination repetition of SEND loop").
Result<Value> finish_delegation(GeneratorObject* gen) {
    Frame* frame = gen->frame();
    --frame->sp;
    // ip is at RESUME 2; the loop is SEND exit; YIELD_VALUE; RESUME 2; ...
    const Instruction* send = frame->ip - 2;
    frame->ip = send + 1 + send->arg();
    Value result;
    if (rt::exception_matches(rt::g_exc.StopIteration)) {
        Value value = MINIPY_TRY(take_stop_iteration_value());
        return value_or_stop(send_ex(gen, value, false, result), result);
    }
    return value_or_stop(send_ex(gen, Value::none(), true, result), result);
}

// CPython's _gen_throw: raises [exc] (an instance) inside [gen], passing
// it on to the receiver of a `yield from` first.
Result<Value> throw_into(GeneratorObject* gen, Value exc) {
    rt::Root keep_exc(exc);
    Value receiver = delegate(gen);
    if (!receiver.is_null()) {
        rt::Root keep_receiver(receiver);
        Result<Value> r = rt::kError;
        if (rt::isinstance_of(exc, rt::g_exc.GeneratorExit)) {
            // Closing: the receiver is closed rather than thrown into, and
            // then GeneratorExit (or the error closing raised) goes to gen.
            gen->state = State::Running;
            Result<void> closed = close_iter(receiver);
            gen->state = State::Suspended;
            if (closed.is_error()) {
                Value result;
                return value_or_stop(send_ex(gen, Value::none(), true, result), result);
            }
        } else {
            if (is_generator(receiver)) {
                gen->state = State::Running;
                r = throw_into(receiver.as<GeneratorObject>(), exc);
                gen->state = State::Suspended;
            } else {
                rt::Root method(MINIPY_TRY(rt::getattr_or_null(receiver, rt::intern("throw"))));
                if (!method.get().is_exhausted()) {
                    gen->state = State::Running;
                    r = rt::call1(method.get(), exc);
                    gen->state = State::Suspended;
                } else {
                    rt::raise(exc);  // no throw method: raise it in gen itself
                    Value result;
                    return value_or_stop(send_ex(gen, Value::none(), true, result), result);
                }
            }
            if (!r.is_error()) return r;  // the receiver yielded
            return finish_delegation(gen);
        }
    }
    rt::raise(exc);
    Value result;
    return value_or_stop(send_ex(gen, Value::none(), true, result), result);
}

// CPython's gen_close: GeneratorExit is thrown in, so `finally` blocks run;
// a generator that yields again instead of finishing is an error.
Result<Value> close(GeneratorObject* gen) {
    Value receiver = delegate(gen);
    bool receiver_failed = false;
    if (!receiver.is_null()) {
        rt::Root keep(receiver);
        gen->state = State::Running;
        receiver_failed = close_iter(receiver).is_error();
        gen->state = State::Suspended;
    }
    // The error from closing the receiver, if any, is thrown in instead.
    if (!receiver_failed) rt::raise(rt::make_exception(rt::g_exc.GeneratorExit, rt::empty_tuple()));
    Value result;
    SendStatus status = send_ex(gen, Value::none(), true, result);
    if (status == SendStatus::Next) return rt::raise_error(rt::g_exc.RuntimeError, "generator ignored GeneratorExit");
    if (status == SendStatus::Return) return Value::none();
    if (rt::exception_matches(rt::g_exc.StopIteration) || rt::exception_matches(rt::g_exc.GeneratorExit)) {
        rt::clear_exception();
        return Value::none();
    }
    return rt::kError;
}

// The exception throw(type[, value]) raises, normalised as CPython's
// PyErr_NormalizeException: a class is called (with the value as its
// argument, or its items if a tuple), an instance is raised as it is.
Result<Value> thrown_exception(Value type, Value value) {
    bool no_value = value.is_null() || value.is_none();
    if (rt::isinstance_of(type, rt::g_types.type) && type.as<rt::TypeObject>()->is_exception) {
        if (!no_value && rt::isinstance_of(value, type.as<rt::TypeObject>())) return value;
        Value exc;
        if (no_value) {
            exc = MINIPY_TRY(rt::call0(type));
        } else if (rt::is_tuple(value)) {
            const auto& items = value.as<rt::TupleObject>()->items;
            exc = MINIPY_TRY(rt::call(type, rt::CallArgs{items.data(), items.size(), nullptr}));
        } else {
            exc = MINIPY_TRY(rt::call1(type, value));
        }
        if (!rt::is_exception(exc))
            return rt::raise_error(rt::g_exc.TypeError,
                                   "calling {} should have returned an instance of BaseException, not {}",
                                   {type.as<rt::TypeObject>()->name, rt::type_name(exc)});
        return exc;
    }
    if (rt::is_exception(type)) {
        if (!no_value)
            return rt::raise_error(rt::g_exc.TypeError, "instance exception may not have a separate value");
        return type;
    }
    return rt::raise_error(rt::g_exc.TypeError,
                           "exceptions must be classes or instances deriving from BaseException, not {}",
                           {rt::type_name(type)});
}

// --- the type's slots and methods ---


// The next slot, used by `for` and every builtin that consumes iterators:
// the end is Value::exhausted(), whatever the body returned.
Result<Value> generator_next(Value self) {
    Value result;
    switch (send_ex(self.as<GeneratorObject>(), Value::null(), false, result)) {
        case SendStatus::Next: return result;
        case SendStatus::Return: return Value::exhausted();
        case SendStatus::Error: return rt::kError;
    }
    return rt::kError;
}

Result<Value> generator_repr(Value self) {
    char address[32];
    std::snprintf(address, sizeof address, " at %p>", static_cast<void*>(self.as_object()));
    return rt::make_str("<generator object " + std::string(self.as<GeneratorObject>()->qualname->view()) + address);
}

Result<Value> generator_getattr(Value self, rt::StrObject* name) {
    auto* gen = self.as<GeneratorObject>();
    std::string_view n = name->view();
    if (n == "__name__") return Value::object(gen->name);
    if (n == "__qualname__") return Value::object(gen->qualname);
    if (n == "gi_running") return Value::boolean(gen->state == State::Running);
    if (n == "gi_suspended") return Value::boolean(gen->state == State::Suspended);
    if (n == "gi_code") return Value::object(gen->code);
    if (n == "gi_yieldfrom") {
        Value receiver = delegate(gen);
        return receiver.is_null() ? Value::none() : receiver;
    }
    Value attr = rt::type_lookup(gen->type, name);
    if (!attr.is_null()) {
        if (rt::is_type(attr, rt::g_types.builtin_function) && attr.as<rt::NativeFunctionObject>()->is_method) {
            auto* f = attr.as<rt::NativeFunctionObject>();
            Value bound = rt::make_native_function(f->name, f->fn, self);
            bound.as<rt::NativeFunctionObject>()->is_method = true;
            return bound;
        }
        return attr;
    }
    if (n == "__class__") return Value::object(gen->type);
    return rt::raise_error(rt::g_exc.AttributeError, rt::msg::kNoAttribute, {"generator", n});
}

Result<Value> generator_send(Value self, const rt::CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "generator.send", 1, 1));
    Value result;
    return value_or_stop(send_ex(self.as<GeneratorObject>(), args[0], false, result), result);
}

Result<Value> generator_dunder_next(Value self, const rt::CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "generator.__next__", 0, 0));
    Value result;
    return value_or_stop(send_ex(self.as<GeneratorObject>(), Value::null(), false, result), result);
}

Result<Value> generator_dunder_iter(Value self, const rt::CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "generator.__iter__", 0, 0));
    return self;
}

// throw(type[, value[, traceback]]); the traceback argument is accepted
// and ignored (minipy has no traceback objects).
Result<Value> generator_throw(Value self, const rt::CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "throw", 1, 3));
    if (args.nargs == 3 && !args[2].is_none())
        return rt::raise_error(rt::g_exc.TypeError, "throw() third argument must be a traceback object");
    Value exc = MINIPY_TRY(thrown_exception(args[0], args.nargs >= 2 ? args[1] : Value::null()));
    return throw_into(self.as<GeneratorObject>(), exc);
}

Result<Value> generator_close(Value self, const rt::CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "generator.close", 0, 0));
    return close(self.as<GeneratorObject>());
}

}  // namespace

SendStatus send_to(Value receiver, Value value, Value& result) {
    if (is_generator(receiver)) return send_ex(receiver.as<GeneratorObject>(), value, false, result);
    Result<Value> r = rt::kError;
    if (value.is_none()) {
        r = rt::next(receiver);
    } else {
        Result<Value> method = rt::getattr(receiver, rt::intern("send"));
        if (method.is_error()) return SendStatus::Error;
        rt::Root keep(method.value());
        r = rt::call1(method.value(), value);
    }
    if (!r.is_error()) {
        if (r.value().is_exhausted()) {
            result = Value::none();
            return SendStatus::Return;
        }
        result = r.value();
        return SendStatus::Next;
    }
    if (!rt::exception_matches(rt::g_exc.StopIteration)) return SendStatus::Error;
    Result<Value> returned = take_stop_iteration_value();
    if (returned.is_error()) return SendStatus::Error;
    result = returned.value();
    return SendStatus::Return;
}

void init_generator_type() {
    rt::TypeObject* type = rt::make_builtin_type("generator", rt::g_types.object);
    rt::g_types.generator = type;
    type->slots.iter = rt::iter_self;
    type->slots.next = generator_next;
    type->slots.repr = generator_repr;
    type->slots.getattr = generator_getattr;
    rt::add_method(type, "send", generator_send);
    rt::add_method(type, "throw", generator_throw);
    rt::add_method(type, "close", generator_close);
    rt::add_method(type, "__next__", generator_dunder_next);
    rt::add_method(type, "__iter__", generator_dunder_iter);
}

}  // namespace minipy::vm
