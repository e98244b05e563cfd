// vm/call.cpp: entering Python functions: the frame stack, binding call
// arguments to parameters with CPython's rules and messages, and the
// function type's slots.
#include <algorithm>
#include <cstring>
#include <new>

#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"
#include "vm/frame.h"
#include "vm/interpreter.h"

namespace minipy::vm {

using rt::Result;
using rt::Value;

namespace {
constexpr std::size_t kChunkValues = 1 << 16;
}

Frame* FrameStack::push_in_new_chunk(const CodeObject* code) {
    // A frame never straddles chunks. Chunks past the current one are
    // empty (frames pop LIFO), so the next one is reused if it is big enough.
    std::size_t needed = code->frame_values;
    std::size_t size = std::max(kChunkValues, needed);
    if (!m_chunks.empty()) ++m_current;
    if (m_current == m_chunks.size()) m_chunks.push_back(Chunk{std::make_unique<Value[]>(size), size});
    else if (m_chunks[m_current].size < needed) m_chunks[m_current] = Chunk{std::make_unique<Value[]>(size), size};
    m_top = m_chunks[m_current].data.get();
    m_limit = m_top + m_chunks[m_current].size;
    auto* frame = reinterpret_cast<Frame*>(m_top);
    m_top += needed;
    return frame;
}

void FrameStack::pop_to_previous_chunk(Value* base) {
    // Popping the first frame of a chunk steps back to the chunk holding it.
    while (base < m_chunks[m_current].data.get() || base >= m_chunks[m_current].data.get() + m_chunks[m_current].size)
        --m_current;
    m_limit = m_chunks[m_current].data.get() + m_chunks[m_current].size;
    m_top = base;
}

void Frame::trace(rt::Tracer& t) {
    t.mark(code);
    t.mark(function);
    t.mark(globals);
    t.mark(builtins);
    t.mark(locals);
    for (Value* v = localsplus(); v < sp; ++v) t.mark(*v);
}


namespace {

std::string quoted_list(const std::vector<std::string_view>& names) {
    // CPython: 'a', 'a' and 'b', 'a', 'b', and 'c'.
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + std::string(names[i]) + "'";
    }
    return out;
}

rt::Error missing_arguments(FunctionObject* f, const std::vector<std::string_view>& names, const char* kind) {
    std::size_t n = names.size();
    return rt::raise_error(rt::g_exc.TypeError, "{}() missing {} required {} argument{}: {}",
                           {f->qualname->view(), std::to_string(n), kind, n == 1 ? "" : "s", quoted_list(names)});
}

rt::Error too_many_positional(FunctionObject* f, std::size_t given, std::size_t kw_given) {
    CodeObject* code = f->code;
    std::size_t max = static_cast<std::size_t>(code->argcount);
    std::size_t ndefaults = f->defaults.is_null() ? 0 : f->defaults.as<rt::TupleObject>()->size();
    std::size_t min = max - ndefaults;
    std::string takes = min == max ? std::to_string(max) : "from " + std::to_string(min) + " to " + std::to_string(max);
    std::string given_text = std::to_string(given);
    std::string plural = max == 1 && min == max ? "" : "s";
    if (kw_given > 0) {
        given_text += " positional argument" + std::string(given == 1 ? "" : "s") + " (and " + std::to_string(kw_given) +
                      " keyword-only argument" + (kw_given == 1 ? "" : "s") + ")";
        return rt::raise_error(rt::g_exc.TypeError, "{}() takes {} positional argument{} but {} were given",
                               {f->qualname->view(), takes, plural, given_text});
    }
    return rt::raise_error(rt::g_exc.TypeError, "{}() takes {} positional argument{} but {} {} given",
                           {f->qualname->view(), takes, plural, given_text, given == 1 ? "was" : "were"});
}

}  // namespace

Result<void> Interpreter::bind_arguments(Frame* frame, FunctionObject* f, const Value* args, std::size_t nargs,
                                         rt::TupleObject* kwnames) {
    CodeObject* code = f->code;
    Value* slots = frame->localsplus();
    auto argcount = static_cast<std::size_t>(code->argcount);
    std::size_t nkw = kwnames ? kwnames->size() : 0;
    // The common case: exactly the positional parameters, nothing else.
    if (nkw == 0 && nargs == argcount && code->simple_args) {
        std::copy(args, args + nargs, slots);
        return {};
    }
    auto kwonly = static_cast<std::size_t>(code->kwonlyargcount);
    std::size_t varargs_slot = argcount + kwonly;
    std::size_t varkw_slot = varargs_slot + ((code->flags & kCoVarargs) ? 1 : 0);
    Value kwdict = Value::null();
    if (code->flags & kCoVarkeywords) {
        kwdict = rt::make_dict();
        slots[varkw_slot] = kwdict;
    }
    std::copy(args, args + std::min(nargs, argcount), slots);
    if (code->flags & kCoVarargs) {
        slots[varargs_slot] = nargs > argcount ? rt::make_tuple(std::vector<Value>(args + argcount, args + nargs))
                                               : rt::empty_tuple();
    } else if (nargs > argcount) {
        std::size_t kw_given = 0;
        for (std::size_t k = 0; k < nkw; ++k)
            for (std::size_t i = argcount; i < argcount + kwonly; ++i)
                if (rt::str_equal(kwnames->items[k].as<rt::StrObject>(), code->localsplus_names[i])) ++kw_given;
        return too_many_positional(f, nargs, kw_given);
    }
    std::vector<std::string_view> posonly_as_keyword;
    for (std::size_t k = 0; k < nkw; ++k) {
        auto* key = kwnames->items[k].as<rt::StrObject>();
        Value value = args[nargs + k];
        std::size_t i = static_cast<std::size_t>(code->posonlyargcount);
        for (; i < argcount + kwonly; ++i)
            if (key == code->localsplus_names[i] || rt::str_equal(key, code->localsplus_names[i])) break;
        if (i < argcount + kwonly) {
            if (!slots[i].is_null())
                return rt::raise_error(rt::g_exc.TypeError, "{}() got multiple values for argument '{}'",
                                       {f->qualname->view(), key->view()});
            slots[i] = value;
            continue;
        }
        if (!kwdict.is_null()) {
            MINIPY_TRY(kwdict.as<rt::DictObject>()->set(kwnames->items[k], value));
            continue;
        }
        bool is_posonly = false;
        for (int p = 0; p < code->posonlyargcount; ++p)
            if (rt::str_equal(key, code->localsplus_names[static_cast<std::size_t>(p)])) is_posonly = true;
        if (is_posonly) {
            posonly_as_keyword.push_back(key->view());
            continue;
        }
        return rt::raise_error(rt::g_exc.TypeError, "{}() got an unexpected keyword argument '{}'",
                               {f->qualname->view(), key->view()});
    }
    if (!posonly_as_keyword.empty()) {
        std::string names;
        for (std::size_t i = 0; i < posonly_as_keyword.size(); ++i)
            names += (i ? ", " : "") + std::string(posonly_as_keyword[i]);
        return rt::raise_error(rt::g_exc.TypeError,
                               "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                               {f->qualname->view(), names});
    }
    // Defaults fill the last len(defaults) positional parameters.
    const std::vector<Value>* defaults = f->defaults.is_null() ? nullptr : &f->defaults.as<rt::TupleObject>()->items;
    std::size_t ndefaults = defaults ? defaults->size() : 0;
    std::vector<std::string_view> missing;
    for (std::size_t i = 0; i < argcount; ++i) {
        if (!slots[i].is_null()) continue;
        if (i + ndefaults >= argcount) slots[i] = (*defaults)[i + ndefaults - argcount];
        else missing.push_back(code->localsplus_names[i]->view());
    }
    if (!missing.empty()) return missing_arguments(f, missing, "positional");
    for (std::size_t i = argcount; i < argcount + kwonly; ++i) {
        if (!slots[i].is_null()) continue;
        Value d = f->kwdefaults.is_null() ? Value::null() : f->kwdefaults.as<rt::DictObject>()->get_str(code->localsplus_names[i]);
        if (!d.is_null()) slots[i] = d;
        else missing.push_back(code->localsplus_names[i]->view());
    }
    if (!missing.empty()) return missing_arguments(f, missing, "keyword-only");
    return {};
}

Result<Value> Interpreter::call_function(FunctionObject* function, const rt::CallArgs& args) {
    Frame* frame = push_frame(function->code, function, function->globals, nullptr);
    if (!frame) return rt::kError;
    if (bind_arguments(frame, function, args.args, args.nargs, args.kwnames).is_error()) {
        pop_frame(frame);
        return rt::kError;
    }
    return run_frame(frame);
}

FunctionObject::FunctionObject(CodeObject* c, rt::DictObject* g, rt::DictObject* b)
    : Object(rt::g_types.function), code(c), globals(g), builtins(b), name(c->name), qualname(c->qualname) {}

void FunctionObject::trace(rt::Tracer& t) {
    t.mark(code);
    t.mark(globals);
    t.mark(builtins);
    t.mark(name);
    t.mark(qualname);
    t.mark(defaults);
    t.mark(kwdefaults);
    t.mark(closure);
    t.mark(module);
    t.mark(doc);
    t.mark(dict);
}

namespace {

Result<Value> function_call(Value self, const rt::CallArgs& args) {
    return interpreter().call_function(self.as<FunctionObject>(), args);
}

Result<Value> function_repr(Value self) {
    char buf[32];
    std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(self.as_object()));
    return rt::make_str("<function " + std::string(self.as<FunctionObject>()->qualname->view()) + buf);
}

Result<Value> function_getattr(Value self, rt::StrObject* name) {
    auto* f = self.as<FunctionObject>();
    std::string_view n = name->view();
    if (n == "__name__") return Value::object(f->name);
    if (n == "__qualname__") return Value::object(f->qualname);
    if (n == "__module__") return f->module;
    if (n == "__doc__") return f->doc;
    if (n == "__code__") return Value::object(f->code);
    if (n == "__defaults__") return f->defaults.is_null() ? Value::none() : f->defaults;
    if (n == "__globals__") return Value::object(f->globals);
    if (f->dict) {
        Value v = f->dict->get_str(name);
        if (!v.is_null()) return v;
    }
    if (n == "__dict__") {
        if (!f->dict) f->dict = rt::make<rt::DictObject>();
        return Value::object(f->dict);
    }
    return rt::raise_error(rt::g_exc.AttributeError, rt::msg::kNoAttribute, {"function", n});
}

Result<void> function_setattr(Value self, rt::StrObject* name, Value value) {
    auto* f = self.as<FunctionObject>();
    std::string_view n = name->view();
    if (n == "__name__" && rt::is_str(value)) { f->name = value.as<rt::StrObject>(); return {}; }
    if (n == "__qualname__" && rt::is_str(value)) { f->qualname = value.as<rt::StrObject>(); return {}; }
    if (n == "__doc__") { f->doc = value; return {}; }
    if (!f->dict) f->dict = rt::make<rt::DictObject>();
    if (value.is_null()) {
        bool removed = false;
        MINIPY_TRY(f->dict->table.remove(Value::object(name), rt::str_hash(name), removed));
        if (!removed) return rt::raise_error(rt::g_exc.AttributeError, n);
        return {};
    }
    f->dict->set_str(name, value);
    return {};
}

Result<Value> code_repr(Value self) {
    auto* c = self.as<CodeObject>();
    return rt::make_str("<code object " + std::string(c->name->view()) + ", file \"" +
                        std::string(c->filename->view()) + "\", line " + std::to_string(c->firstlineno) + ">");
}

}  // namespace

CodeObject::CodeObject() : Object(rt::g_types.code) {}

void CodeObject::trace(rt::Tracer& t) {
    t.mark(name);
    t.mark(qualname);
    t.mark(filename);
    for (Value v : constants) t.mark(v);
    for (rt::StrObject* s : names) t.mark(s);
    for (rt::StrObject* s : localsplus_names) t.mark(s);
}

void init_function_types() {
    rt::g_types.function->slots.call = function_call;
    rt::g_types.function->slots.repr = function_repr;
    rt::g_types.function->slots.getattr = function_getattr;
    rt::g_types.function->slots.setattr = function_setattr;
    rt::g_types.code->slots.repr = code_repr;
}

}  // namespace minipy::vm
