// vm/eval.cpp: the eval loop, Interpreter::run_frame. One handler per
// opcode of vm/opcodes.def, written with TARGET()/DISPATCH() so the same
// text compiles to computed-goto dispatch (g++, clang) or a switch.
//
// Calls between Python functions do not recurse in C++: CALL pushes a frame
// and the loop continues in it; RETURN_VALUE pops back to the caller. The
// loop recurses only when native code calls back into Python (a `key=`
// function, a dunder method), and then the new frame is an entry frame.
//
// Rooting: the collector runs only at safe points and walks frames up to
// their saved stack pointer, so every handler that can call out (and so
// reach a safe point in a nested frame) first SYNC()s ip and sp, and keeps
// its operands on the stack until the call returns.
#include <cmath>
#include <cstring>

#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/format.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/range_object.h"
#include "runtime/set_object.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"
#include "vm/eval_helpers.h"
#include "vm/generator.h"
#include "vm/interpreter.h"

namespace minipy::vm {

using rt::Result;
using rt::Value;

#if defined(__GNUC__) && !defined(MINIPY_SWITCH_DISPATCH)
#define MINIPY_COMPUTED_GOTO 1
#else
#define MINIPY_COMPUTED_GOTO 0
#endif

#if MINIPY_COMPUTED_GOTO
#define TARGET(name) L_##name:
#define DISPATCH()                                            \
    do {                                                      \
        instr = *ip++;                                        \
        goto* kDispatchTable[static_cast<int>(instr.op)];     \
    } while (0)
#else
#define TARGET(name) case Op::name:
#define DISPATCH() goto dispatch
#endif

#define ARG() (instr.arg())
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define SYNC()            \
    do {                  \
        frame->ip = ip;   \
        frame->sp = sp;   \
    } while (0)
// Takes a Result<Value>; on error unwinds, else binds the value.
#define CHECK(var, expr)                  \
    auto var##_result = (expr);           \
    if (var##_result.is_error()) goto error; \
    Value var = var##_result.release_value()
#define CHECK_VOID(expr)                  \
    if ((expr).is_error()) goto error

Result<Value> Interpreter::run_frame(Frame* frame, bool throwing) {
#if MINIPY_COMPUTED_GOTO
    static void* const kDispatchTable[] = {
#define OP(name, arg_kind, stack, jump_stack, picture) &&L_##name,
#include "vm/opcodes.def"
#undef OP
    };
    static_assert(sizeof(kDispatchTable) / sizeof(kDispatchTable[0]) == kOpCount,
                  "one dispatch entry per opcode");
#endif
    const Instruction* ip;
    Value* sp;
    Value* locals;
    const Value* consts;
    Instruction instr;
    rt::TupleObject* kwnames = nullptr;
    [[maybe_unused]] sig::EvalBreaker& breaker = *rt::g_thread->breaker;

// The safe-point test: one relaxed load and a branch. The measurement
// build MINIPY_NO_BREAKER_CHECK compiles it out, to count what it costs
// (scripts/breaker-cost); that build ignores signals, threads and the GC.
#ifdef MINIPY_NO_BREAKER_CHECK
#define BREAKER_TRIPPED() false
#else
#define BREAKER_TRIPPED() breaker.any()
#endif

// Loads the registers from [frame] (after a call, a return or an unwind).
#define LOAD_FRAME()                               \
    do {                                           \
        ip = frame->ip;                            \
        sp = frame->sp;                            \
        locals = frame->localsplus();              \
        consts = frame->code->constants.data();    \
    } while (0)

// Leaves [frame] with [value] (RETURN_VALUE, RETURN_GENERATOR): from an
// entry frame back to native code, else into the caller, whose stack still
// holds [NULL|method, callable|self, args...] of the CALL that made the frame.
#define RETURN_FROM_FRAME(value)                     \
    do {                                             \
        Value return_value_ = (value);               \
        if (frame->is_entry) {                       \
            pop_frame(frame);                        \
            return return_value_;                    \
        }                                            \
        Frame* caller_ = frame->previous;            \
        pop_frame(frame);                            \
        frame = caller_;                             \
        LOAD_FRAME();                                \
        sp -= ip[-1].arg() + 2;                      \
        PUSH(return_value_);                         \
        DISPATCH();                                  \
    } while (0)

    LOAD_FRAME();
    // generator.throw(): the exception belongs to the instruction the
    // frame is suspended at (its yield), which may be inside a `try`.
    if (throwing) [[unlikely]] {
        add_traceback_entry(frame);
        goto exception_unwind;
    }

#if MINIPY_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    instr = *ip++;
    switch (instr.op) {
#endif

    TARGET(NOP) { DISPATCH(); }

    TARGET(RESUME) {
        // A safe point: function entry is where a recursion without loops
        // sees signals and scheduled collections.
        if (BREAKER_TRIPPED()) {
            SYNC();
            CHECK_VOID(service_breaker(frame));
        }
        DISPATCH();
    }

    TARGET(POP_TOP) {
        --sp;
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(Value::null());
        DISPATCH();
    }

    TARGET(COPY) {
        Value v = sp[-static_cast<int>(ARG())];
        PUSH(v);
        DISPATCH();
    }

    TARGET(SWAP) {
        std::swap(sp[-1], sp[-static_cast<int>(ARG())]);
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        PUSH(consts[ARG()]);
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        Value v = locals[ARG()];
        if (v.is_null()) [[unlikely]] {
            SYNC();
            raise_unbound_local(frame->code, ARG());
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        locals[ARG()] = POP();
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        if (locals[ARG()].is_null()) {
            SYNC();
            raise_unbound_local(frame->code, ARG());
            goto error;
        }
        locals[ARG()] = Value::null();
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        SYNC();
        CHECK(v, load_name(frame, frame->code->names[ARG()]));
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        SYNC();
        CHECK_VOID(frame->locals->set(Value::object(frame->code->names[ARG()]), TOP()));
        --sp;
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        SYNC();
        CHECK_VOID(delete_name(frame->locals, frame->code->names[ARG()]));
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        GlobalCacheEntry& cache = frame->code->global_cache[ARG()];
        Value v = cached_global(cache, frame->globals, frame->builtins);
        if (v.is_null()) {
            v = load_global(cache, frame->globals, frame->builtins, frame->code->names[ARG()]);
            if (v.is_null()) {
                SYNC();
                goto error;
            }
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        frame->globals->set_str(frame->code->names[ARG()], POP());
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        SYNC();
        CHECK_VOID(delete_name(frame->globals, frame->code->names[ARG()]));
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        locals[ARG()] = Value::object(rt::make<rt::CellObject>(locals[ARG()]));
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS) {
        auto* closure = frame->function->closure.as<rt::TupleObject>();
        int offset = frame->code->nlocalsplus() - static_cast<int>(ARG());
        for (std::uint32_t i = 0; i < ARG(); ++i) locals[offset + static_cast<int>(i)] = closure->items[i];
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        PUSH(locals[ARG()]);
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        Value v = locals[ARG()].as<rt::CellObject>()->contents;
        if (v.is_null()) {
            SYNC();
            raise_unbound_deref(frame->code, ARG());
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        locals[ARG()].as<rt::CellObject>()->contents = POP();
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        auto* cell = locals[ARG()].as<rt::CellObject>();
        if (cell->contents.is_null()) {
            SYNC();
            raise_unbound_deref(frame->code, ARG());
            goto error;
        }
        cell->contents = Value::null();
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        rt::StrObject* name = frame->code->names[ARG()];
        AttrCacheEntry& cache = frame->code->attr_cache[ARG()];
        if (rt::HashEntry* entry = cached_attr_entry(cache, TOP(), name)) {
            TOP() = entry->value;
            DISPATCH();
        }
        SYNC();
        CHECK(v, rt::getattr(TOP(), name));
        remember_attr(cache, TOP(), name);
        TOP() = v;
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        rt::StrObject* name = frame->code->names[ARG()];
        AttrCacheEntry& cache = frame->code->attr_cache[ARG()];
        if (rt::HashEntry* entry = cached_attr_entry(cache, TOP(), name)) {
            entry->value = SECOND();
            sp -= 2;
            DISPATCH();
        }
        SYNC();
        CHECK_VOID(rt::setattr(TOP(), name, SECOND()));
        remember_attr(cache, TOP(), name);
        sp -= 2;
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        SYNC();
        CHECK_VOID(rt::delattr(TOP(), frame->code->names[ARG()]));
        --sp;
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        SYNC();
        bool unbound = false;
        Value obj = TOP();
        CHECK(method, rt::lookup_method(obj, frame->code->names[ARG()], unbound));
        if (unbound) {
            TOP() = method;
            PUSH(obj);
        } else {
            TOP() = Value::null();
            PUSH(method);
        }
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(Value::object(rt::g_exc.AssertionError));
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        Value build_class = frame->builtins->get_str(rt::intern("__build_class__"));
        if (build_class.is_null()) {
            SYNC();
            rt::raise_error(rt::g_exc.NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(build_class);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        SYNC();
        CHECK(v, load_classderef(frame, ARG()));
        PUSH(v);
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        SYNC();
        CHECK(v, rt::unary_op(rt::UnaryOp::Positive, TOP()));
        TOP() = v;
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        Value x = TOP();
        if (x.is_small_int()) {
            TOP() = rt::make_int(-x.as_small_int());
        } else if (x.is_double()) {
            TOP() = Value::number(-x.as_double());
        } else {
            SYNC();
            CHECK(v, rt::unary_op(rt::UnaryOp::Negative, x));
            TOP() = v;
        }
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        Value x = TOP();
        if (x.is_bool()) {
            TOP() = Value::boolean(!x.is_true());
        } else {
            SYNC();
            auto truth = rt::truthy(x);
            if (truth.is_error()) goto error;
            TOP() = Value::boolean(!truth.value());
        }
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        SYNC();
        CHECK(v, rt::unary_op(rt::UnaryOp::Invert, TOP()));
        TOP() = v;
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        Value rhs = TOP();
        Value lhs = SECOND();
        Value result = fast_binary_op(static_cast<rt::BinaryOp>(ARG()), lhs, rhs);
        if (result.is_null()) {
            SYNC();
            CHECK(slow, rt::binary_op(static_cast<rt::BinaryOp>(ARG()), lhs, rhs));
            result = slow;
        }
        --sp;
        TOP() = result;
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        Value rhs = TOP();
        Value lhs = SECOND();
        Value result = fast_compare(static_cast<rt::CompareOp>(ARG()), lhs, rhs);
        // A fast comparison feeding a conditional jump (a loop or `if`
        // test) branches at once, as CPython 3.11's COMPARE_OP_*_JUMP: one
        // dispatch and one push/pop fewer. The jump cannot fail on a bool.
        if (ip->op == Op::POP_JUMP_IF_FALSE && (result.is_false() || result.is_true())) {
            sp -= 2;
            ip = result.is_false() ? ip + 1 + ip->arg() : ip + 1;
            DISPATCH();
        }
        if (result.is_null()) {
            SYNC();
            CHECK(slow, rt::compare(lhs, rhs, static_cast<rt::CompareOp>(ARG())));
            result = slow;
        }
        --sp;
        TOP() = result;
        DISPATCH();
    }

    TARGET(IS_OP) {
        bool same = SECOND().is(TOP());
        --sp;
        TOP() = Value::boolean(same != (ARG() != 0));
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        SYNC();
        auto found = rt::contains(TOP(), SECOND());
        if (found.is_error()) goto error;
        --sp;
        TOP() = Value::boolean(found.value() != (ARG() != 0));
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        Value key = TOP();
        Value container = SECOND();
        Value result = fast_subscript(container, key);
        if (result.is_null()) {
            SYNC();
            CHECK(slow, rt::getitem(container, key));
            result = slow;
        }
        --sp;
        TOP() = result;
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        // CPython: TOS1[TOS] = TOS2.
        Value key = TOP();
        Value container = SECOND();
        if (!fast_store_subscript(container, key, sp[-3])) {
            SYNC();
            CHECK_VOID(rt::setitem(container, key, sp[-3]));
        }
        sp -= 3;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        SYNC();
        CHECK_VOID(rt::delitem(SECOND(), TOP()));
        sp -= 2;
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        std::uint32_t n = ARG();
        Value t = n == 0 ? rt::empty_tuple() : rt::make_tuple(std::vector<Value>(sp - n, sp));
        sp -= n;
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        std::uint32_t n = ARG();
        Value l = rt::make_list(std::vector<Value>(sp - n, sp));
        sp -= n;
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        SYNC();
        CHECK(s, build_set(sp - ARG(), ARG()));
        sp -= ARG();
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        SYNC();
        CHECK(d, build_map(sp - 2 * ARG(), ARG()));
        sp -= 2 * ARG();
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        SYNC();
        CHECK(d, build_const_key_map(sp - ARG() - 1, ARG()));
        sp -= ARG() + 1;
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        // A handler keeps no C++ object with a destructor in its block:
        // DISPATCH's computed goto leaves without running it.
        Value joined = rt::concat_strs(sp - ARG(), ARG());
        sp -= ARG();
        PUSH(joined);
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        Value step = ARG() == 3 ? POP() : Value::none();
        Value stop = POP();
        TOP() = rt::make_slice(TOP(), stop, step);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        Value item = POP();
        sp[-static_cast<int>(ARG())].as<rt::ListObject>()->items.push_back(item);
        DISPATCH();
    }

    TARGET(SET_ADD) {
        SYNC();
        CHECK_VOID(sp[-1 - static_cast<int>(ARG())].as<rt::SetObject>()->add(TOP()));
        --sp;
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        SYNC();
        CHECK_VOID(sp[-2 - static_cast<int>(ARG())].as<rt::DictObject>()->set(SECOND(), TOP()));
        sp -= 2;
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        SYNC();
        CHECK_VOID(list_extend(sp[-1 - static_cast<int>(ARG())], TOP()));
        --sp;
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        SYNC();
        CHECK_VOID(set_update(sp[-1 - static_cast<int>(ARG())], TOP()));
        --sp;
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        SYNC();
        CHECK_VOID(dict_update(sp[-1 - static_cast<int>(ARG())], TOP(), false, Value::null()));
        --sp;
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        SYNC();
        // The callable sits below the dict being built: NULL, callable, args, kwargs.
        CHECK_VOID(dict_update(sp[-1 - static_cast<int>(ARG())], TOP(), true, sp[-3 - static_cast<int>(ARG())]));
        --sp;
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        TOP() = rt::make_tuple(TOP().as<rt::ListObject>()->items);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        SYNC();
        CHECK(s, format_value_op(sp, ARG()));
        sp -= (ARG() & 4) ? 2 : 1;
        PUSH(s);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        SYNC();
        CHECK_VOID(unpack_sequence(sp, ARG(), 0, false));
        sp += ARG() - 1;
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        SYNC();
        std::uint32_t before = ARG() & 0xFF, after = ARG() >> 8;
        CHECK_VOID(unpack_sequence(sp, before, after, true));
        sp += before + after;
        DISPATCH();
    }

    TARGET(JUMP_FORWARD) {
        ip += ARG();
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD) {
        ip -= ARG();
        // A safe point: without this check `while True: pass` never sees
        // Ctrl-C. An exception raised here belongs to this instruction (the
        // loop's back edge), so `try: while 1: pass` catches it.
        if (BREAKER_TRIPPED()) {
            SYNC();
            frame->ip = ip + ARG();
            CHECK_VOID(service_breaker(frame));
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        Value cond = POP();
        if (cond.is_false()) {
            ip += ARG();
        } else if (!cond.is_true()) {
            SYNC();
            auto truth = rt::truthy(cond);
            if (truth.is_error()) goto error;
            if (!truth.value()) ip += ARG();
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        Value cond = POP();
        if (cond.is_true()) {
            ip += ARG();
        } else if (!cond.is_false()) {
            SYNC();
            auto truth = rt::truthy(cond);
            if (truth.is_error()) goto error;
            if (truth.value()) ip += ARG();
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
        if (POP().is_none()) ip += ARG();
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        if (!POP().is_none()) ip += ARG();
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        SYNC();
        auto truth = rt::truthy(TOP());
        if (truth.is_error()) goto error;
        if (!truth.value()) ip += ARG();
        else --sp;
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        SYNC();
        auto truth = rt::truthy(TOP());
        if (truth.is_error()) goto error;
        if (truth.value()) ip += ARG();
        else --sp;
        DISPATCH();
    }

    TARGET(GET_ITER) {
        SYNC();
        CHECK(it, rt::iter(TOP()));
        TOP() = it;
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        if (rt::is_type(TOP(), rt::g_types.range_iterator)) {
            // `for i in range(n)`, the commonest loop, without a call.
            auto* range = TOP().as<rt::RangeIteratorObject>();
            if (range->remaining > 0) {
                --range->remaining;
                PUSH(rt::make_int(range->next));
                range->next += range->step;
            } else {
                --sp;
                ip += ARG();
            }
            DISPATCH();
        }
        SYNC();
        CHECK(item, rt::next(TOP()));
        if (item.is_exhausted()) {
            --sp;
            ip += ARG();
        } else {
            PUSH(item);
        }
        DISPATCH();
    }

    TARGET(KW_NAMES) {
        kwnames = consts[ARG()].as<rt::TupleObject>();
        DISPATCH();
    }

    TARGET(CALL) {
        std::uint32_t nargs = ARG();
        Value* args = sp - nargs;
        Value callable = args[-1];
        if (!args[-2].is_null()) {
            // A method call: [method, self, args...] calls method(self, args...).
            callable = args[-2];
            --args;
            ++nargs;
        }
        rt::TupleObject* names = kwnames;
        kwnames = nullptr;
        std::size_t npositional = nargs - (names ? names->size() : 0);
        if (rt::is_type(callable, rt::g_types.function)) {
            // A Python function: push its frame and keep looping in it.
            auto* function = callable.as<FunctionObject>();
            SYNC();
            Frame* callee = push_frame(function->code, function, function->globals, nullptr);
            if (!callee) goto error;
            if (!names && function->code->simple_args && npositional == static_cast<std::size_t>(function->code->argcount)) {
                std::copy(args, args + npositional, callee->localsplus());
            } else if (bind_arguments(callee, function, args, npositional, names).is_error()) {
                pop_frame(callee);
                goto error;
            }
            callee->is_entry = false;
            frame = callee;
            LOAD_FRAME();
            DISPATCH();
        }
        SYNC();
        auto result = rt::call(callable, rt::CallArgs{args, npositional, names});
        if (result.is_error()) goto error;
        sp -= ARG() + 2;
        PUSH(result.value());
        // A safe point: the return from native code, where a signal that
        // arrived during a long builtin is serviced before the next line.
        if (BREAKER_TRIPPED()) {
            SYNC();
            CHECK_VOID(service_breaker(frame));
        }
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX) {
        SYNC();
        Value kwargs = (ARG() & 1) ? TOP() : Value::null();
        Value* base = sp - ((ARG() & 1) ? 3 : 2);
        CHECK(result, call_with_unpacked(base[0], base[1], kwargs));
        sp = base - 1;
        PUSH(result);
        if (BREAKER_TRIPPED()) {
            SYNC();
            CHECK_VOID(service_breaker(frame));
        }
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        auto* code = POP().as<CodeObject>();
        auto* function = rt::make<FunctionObject>(code, frame->globals, frame->builtins);
        if (ARG() & 8) function->closure = POP();
        if (ARG() & 2) function->kwdefaults = POP();
        if (ARG() & 1) function->defaults = POP();
        function->module = frame->globals->get_str(rt::intern("__name__"));
        if (function->module.is_null()) function->module = Value::none();
        if (!code->constants.empty() && rt::is_str(code->constants[0])) function->doc = code->constants[0];
        PUSH(Value::object(function));
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        RETURN_FROM_FRAME(POP());
    }

    TARGET(RETURN_GENERATOR) {
        // A generator function's call ends here: its frame (arguments bound,
        // cells made) moves into a new generator object, the call's result.
        SYNC();
        RETURN_FROM_FRAME(make_generator(frame));
    }

    TARGET(YIELD_VALUE) {
        // Only a generator's frame yields, and the generator always runs it
        // as an entry frame: ip and sp stay in the frame for the next
        // resume_frame, and run_frame returns the value (vm/README.md).
        Value value = POP();
        SYNC();
        frame->yielded = true;
        pop_frame(frame);
        return value;
    }

    TARGET(SEND) {
        // `yield from`'s step: [receiver, value]; the receiver yields (its
        // value replaces [value]) or returns (its result replaces both).
        SYNC();
        Value result;
        SendStatus status = send_to(SECOND(), TOP(), result);
        if (status == SendStatus::Error) goto error;
        if (status == SendStatus::Return) {
            --sp;
            ip += ARG();
        }
        TOP() = result;
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER) {
        SYNC();
        CHECK(it, rt::iter(TOP()));
        TOP() = it;
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
        ip -= ARG();
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        SYNC();
        raise_varargs(sp, ARG());
        // A bare `raise` re-raises with the traceback it already has, as
        // CPython does: no new entry for this frame.
        if (ARG() == 0 && rt::pending_exception().is(rt::g_thread->current_handled())) goto exception_unwind;
        goto error;
    }

    TARGET(RERAISE) {
        rt::raise(POP());
        SYNC();
        goto exception_unwind;
    }

    TARGET(PUSH_EXC_INFO) {
        Value exc = TOP();
        TOP() = rt::g_thread->handled;
        rt::g_thread->handled = exc;
        PUSH(exc);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        rt::g_thread->handled = POP();
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        SYNC();
        auto matches = exception_matches_type(SECOND(), TOP());
        if (matches.is_error()) goto error;
        TOP() = Value::boolean(matches.value());
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        SYNC();
        CHECK_VOID(before_with(sp));
        ++sp;
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        SYNC();
        CHECK(suppress, with_except_start(sp));
        PUSH(suppress);
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        SYNC();
        CHECK(module, import_name(frame, frame->code->names[ARG()], TOP(), SECOND()));
        --sp;
        TOP() = module;
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        SYNC();
        CHECK(v, import_from(TOP(), frame->code->names[ARG()]));
        PUSH(v);
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        SYNC();
        CHECK_VOID(print_expr(frame, TOP()));
        --sp;
        DISPATCH();
    }

#if !MINIPY_COMPUTED_GOTO
    }
#endif

error:
    // A new exception in this frame: record where it passed through.
    record_traceback(frame);

exception_unwind:
    for (;;) {
        int lasti = frame->lasti();
        const ExceptionTableEntry* handler = find_handler(frame->code, lasti);
        if (handler) {
            sp = frame->stack_base() + handler->depth;
            if (handler->push_lasti) PUSH(Value::small_int(lasti));
            PUSH(rt::take_exception());
            ip = frame->code->instructions.data() + handler->target;
            kwnames = nullptr;
            DISPATCH();
        }
        if (frame->is_entry) {
            pop_frame(frame);
            return rt::kError;
        }
        Frame* caller = frame->previous;
        pop_frame(frame);
        frame = caller;
        LOAD_FRAME();
        record_traceback(frame);
    }
}

}  // namespace minipy::vm
