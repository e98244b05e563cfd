// runtime/exceptions.cpp: the built-in exception hierarchy, exception
// objects' slots (args, str, repr) and the raise helpers.
#include "runtime/exceptions.h"

#include <cerrno>
#include <cstring>

#include "runtime/dict_object.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy::rt {

ExceptionTypes g_exc;

namespace {
std::vector<TypeObject*> g_all_exception_types;
}

const std::vector<TypeObject*>& all_exception_types() { return g_all_exception_types; }

ExceptionObject::ExceptionObject(TypeObject* t, Value a) : Object(t), args(a) {}

void ExceptionObject::trace(Tracer& t) {
    t.mark(args);
    for (const TracebackEntry& e : traceback) {
        t.mark(e.filename);
        t.mark(e.function);
    }
    t.mark(cause);
    t.mark(context);
    t.mark(dict);
}

std::string format_message(std::string_view fmt, std::initializer_list<std::string_view> args) {
    std::string out;
    auto arg = args.begin();
    for (std::size_t i = 0; i < fmt.size(); ++i) {
        if (fmt[i] == '{' && i + 1 < fmt.size() && fmt[i + 1] == '}' && arg != args.end()) {
            out += *arg++;
            ++i;
        } else {
            out += fmt[i];
        }
    }
    return out;
}

Error raise(Value exception) {
    g_thread->pending_exception = exception;
    return kError;
}

Value make_exception(TypeObject* type, Value args_tuple) {
    return Value::object(make<ExceptionObject>(type, args_tuple));
}

Value make_exception(TypeObject* type, std::string_view message) {
    return make_exception(type, make_tuple({make_str(message)}));
}

Error raise_error(TypeObject* type, std::string_view message) { return raise(make_exception(type, message)); }

Error raise_error(TypeObject* type, std::string_view fmt, std::initializer_list<std::string_view> args) {
    return raise_error(type, format_message(fmt, args));
}

Error raise_key_error(Value key) { return raise(make_exception(g_exc.KeyError, make_tuple({key}))); }

namespace {

// The OSError subclass CPython picks for errno [err].
TypeObject* os_error_type(int err) {
    switch (err) {
        case EPIPE: return g_exc.BrokenPipeError;
        case ECHILD: return g_exc.ChildProcessError;
        case EINTR: return g_exc.InterruptedError;
        case ETIMEDOUT: return g_exc.TimeoutError;
        case ENOENT: return g_exc.FileNotFoundError;
        case EEXIST: return g_exc.FileExistsError;
        case EACCES: case EPERM: return g_exc.PermissionError;
        case ESRCH: return g_exc.ProcessLookupError;
        case EISDIR: return g_exc.IsADirectoryError;
        case ENOTDIR: return g_exc.NotADirectoryError;
        default: return g_exc.OSError;
    }
}

}  // namespace

Error raise_os_error(int err, std::string_view filename) {
    TypeObject* type = os_error_type(err);
    std::vector<Value> args{make_int(err), make_str(std::strerror(err))};
    if (!filename.empty()) args.push_back(make_str(filename));
    return raise(make_exception(type, make_tuple(std::move(args))));
}

Value pending_exception() { return g_thread->pending_exception; }

Value take_exception() {
    Value e = g_thread->pending_exception;
    g_thread->pending_exception = Value::null();
    return e;
}

void clear_exception() { g_thread->pending_exception = Value::null(); }

bool exception_matches(TypeObject* type) {
    Value e = g_thread->pending_exception;
    return !e.is_null() && type_of(e)->is_subtype_of(type);
}

namespace {

Value exception_args(Value self) { return self.as<ExceptionObject>()->args; }

// An attribute kept in the exception's dict, or null.
Value exc_attr(Value self, const char* name) {
    auto* e = self.as<ExceptionObject>();
    return e->dict ? e->dict->get_str(intern(name)) : Value::null();
}

// CPython: str(e) is '' for no args, str(arg) for one, str(args) otherwise;
// KeyError shows the repr of its single argument.
Result<Value> exception_str(Value self) {
    auto* args = exception_args(self).as<TupleObject>();
    // CPython: OSError(errno, strerror[, filename]) prints as "[Errno N] text: 'name'".
    if (self.as_object()->type->is_subtype_of(g_exc.OSError) && (args->size() == 2 || args->size() == 3)) {
        std::string out = "[Errno " + MINIPY_TRY(str_string(args->items[0])) + "] " + MINIPY_TRY(str_string(args->items[1]));
        if (args->size() == 3) out += ": " + MINIPY_TRY(repr_string(args->items[2]));
        return make_str(out);
    }
    // CPython: str(SyntaxError) is "msg (file.py, line N)".
    if (self.as_object()->type->is_subtype_of(g_exc.SyntaxError) && exc_attr(self, "lineno").is_small_int() &&
        is_str(exc_attr(self, "filename")) && is_str(exc_attr(self, "msg"))) {
        std::string_view file = str_view(exc_attr(self, "filename"));
        file = file.substr(file.rfind('/') == std::string_view::npos ? 0 : file.rfind('/') + 1);
        return make_str(std::string(str_view(exc_attr(self, "msg"))) + " (" + std::string(file) + ", line " +
                        std::to_string(exc_attr(self, "lineno").as_small_int()) + ")");
    }
    if (args->size() == 0) return make_str("");
    if (args->size() == 1) {
        if (self.as_object()->type->is_subtype_of(g_exc.KeyError)) return repr(args->items[0]);
        return str(args->items[0]);
    }
    return repr(exception_args(self));
}

Result<Value> exception_repr(Value self) {
    std::string out = self.as_object()->type->name;
    auto* args = exception_args(self).as<TupleObject>();
    if (args->size() == 1) {
        out += "(" + MINIPY_TRY(repr_string(args->items[0])) + ")";
    } else {
        out += MINIPY_TRY(repr_string(exception_args(self)));
    }
    return make_str(out);
}

Result<Value> exception_construct(TypeObject* type, const CallArgs& args) {
    if (args.nkw() != 0) return raise_error(g_exc.TypeError, "{}() takes no keyword arguments", {type->name});
    // CPython: OSError(errno, strerror, ...) itself, not a subclass of it,
    // makes the subclass of that errno (OSError(2, 'x') is a FileNotFoundError).
    std::int64_t err = 0;
    if (type == g_exc.OSError && args.nargs >= 2 && is_int(args[0]) && int_to_int64(args[0], err))
        type = os_error_type(static_cast<int>(err));
    return make_exception(type, make_tuple(std::vector<Value>(args.args, args.args + args.nargs)));
}

Result<Value> exception_getattr(Value self, StrObject* name) {
    auto* exc = self.as<ExceptionObject>();
    std::string_view n = name->view();
    if (n == "args") return exc->args;
    if (n == "__cause__") return exc->cause;
    if (n == "__context__") return exc->context;
    if (n == "__suppress_context__") return Value::boolean(exc->suppress_context);
    if (n == "__traceback__") return Value::none();
    if (exc->dict) {
        Value v = exc->dict->get_str(name);
        if (!v.is_null()) return v;
    }
    // CPython: StopIteration.value, SystemExit.code, OSError.errno/strerror.
    auto* args = exc->args.as<TupleObject>();
    TypeObject* t = self.as_object()->type;
    if ((n == "value" && t->is_subtype_of(g_exc.StopIteration)) || (n == "code" && t->is_subtype_of(g_exc.SystemExit)))
        return args->size() == 0 ? Value::none() : args->size() == 1 ? args->items[0] : exc->args;
    if (t->is_subtype_of(g_exc.OSError) && args->size() >= 2) {
        if (n == "errno") return args->items[0];
        if (n == "strerror") return args->items[1];
        if (n == "filename") return args->size() >= 3 ? args->items[2] : Value::none();
    }
    Value attr = type_lookup(t, name);
    if (!attr.is_null()) {
        if (is_type(attr, g_types.builtin_function)) return make_bound_method(attr, self);
        return attr;
    }
    return raise_error(g_exc.AttributeError, msg::kNoAttribute, {t->name, n});
}

Result<void> exception_setattr(Value self, StrObject* name, Value value) {
    auto* exc = self.as<ExceptionObject>();
    std::string_view n = name->view();
    if (n == "__cause__") {
        exc->cause = value;
        exc->suppress_context = true;
        return {};
    }
    if (n == "__context__") { exc->context = value; return {}; }
    if (n == "args") {
        exc->args = is_tuple(value) ? value : make_tuple({value});
        return {};
    }
    if (!exc->dict) exc->dict = make_dict().as<DictObject>();
    if (value.is_null()) {
        bool removed = false;
        return exc->dict->table.remove(Value::object(name), str_hash(name), removed);
    }
    exc->dict->set_str(name, value);
    return {};
}

TypeObject* define(const char* name, TypeObject* base) {
    TypeObject* t = make_builtin_type(name, base);
    t->is_exception = true;
    t->slots = base ? base->slots : TypeSlots{};
    g_all_exception_types.push_back(t);
    return t;
}

}  // namespace

void init_exception_types() {
    auto& e = g_exc;
    e.BaseException = define("BaseException", nullptr);
    e.BaseException->slots.str = exception_str;
    e.BaseException->slots.repr = exception_repr;
    e.BaseException->slots.construct = exception_construct;
    e.BaseException->slots.getattr = exception_getattr;
    e.BaseException->slots.setattr = exception_setattr;
    e.SystemExit = define("SystemExit", e.BaseException);
    e.KeyboardInterrupt = define("KeyboardInterrupt", e.BaseException);
    e.GeneratorExit = define("GeneratorExit", e.BaseException);
    e.Exception = define("Exception", e.BaseException);
    e.ArithmeticError = define("ArithmeticError", e.Exception);
    e.ZeroDivisionError = define("ZeroDivisionError", e.ArithmeticError);
    e.OverflowError = define("OverflowError", e.ArithmeticError);
    e.FloatingPointError = define("FloatingPointError", e.ArithmeticError);
    e.LookupError = define("LookupError", e.Exception);
    e.IndexError = define("IndexError", e.LookupError);
    e.KeyError = define("KeyError", e.LookupError);
    e.ValueError = define("ValueError", e.Exception);
    e.UnicodeError = define("UnicodeError", e.ValueError);
    e.UnicodeEncodeError = define("UnicodeEncodeError", e.UnicodeError);
    e.UnicodeDecodeError = define("UnicodeDecodeError", e.UnicodeError);
    e.TypeError = define("TypeError", e.Exception);
    e.NameError = define("NameError", e.Exception);
    e.UnboundLocalError = define("UnboundLocalError", e.NameError);
    e.AttributeError = define("AttributeError", e.Exception);
    e.RuntimeError = define("RuntimeError", e.Exception);
    e.RecursionError = define("RecursionError", e.RuntimeError);
    e.NotImplementedError = define("NotImplementedError", e.RuntimeError);
    e.StopIteration = define("StopIteration", e.Exception);
    e.StopAsyncIteration = define("StopAsyncIteration", e.Exception);
    e.AssertionError = define("AssertionError", e.Exception);
    e.ImportError = define("ImportError", e.Exception);
    e.ModuleNotFoundError = define("ModuleNotFoundError", e.ImportError);
    e.MemoryError = define("MemoryError", e.Exception);
    e.SyntaxError = define("SyntaxError", e.Exception);
    e.IndentationError = define("IndentationError", e.SyntaxError);
    e.TabError = define("TabError", e.IndentationError);
    e.EOFError = define("EOFError", e.Exception);
    e.OSError = define("OSError", e.Exception);
    e.ConnectionError = define("ConnectionError", e.OSError);
    e.BrokenPipeError = define("BrokenPipeError", e.ConnectionError);
    e.ChildProcessError = define("ChildProcessError", e.OSError);
    e.InterruptedError = define("InterruptedError", e.OSError);
    e.TimeoutError = define("TimeoutError", e.OSError);
    e.FileNotFoundError = define("FileNotFoundError", e.OSError);
    e.FileExistsError = define("FileExistsError", e.OSError);
    e.PermissionError = define("PermissionError", e.OSError);
    e.ProcessLookupError = define("ProcessLookupError", e.OSError);
    e.IsADirectoryError = define("IsADirectoryError", e.OSError);
    e.NotADirectoryError = define("NotADirectoryError", e.OSError);
    e.BufferError = define("BufferError", e.Exception);
    e.Warning = define("Warning", e.Exception);
    e.UserWarning = define("UserWarning", e.Warning);
    e.DeprecationWarning = define("DeprecationWarning", e.Warning);
    e.RuntimeWarning = define("RuntimeWarning", e.Warning);
}

}  // namespace minipy::rt
