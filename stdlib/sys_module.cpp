// stdlib/sys_module.cpp: the `sys` module: interpreter facts (version,
// platform, maxsize, executable), the settings a script may change
// (recursion limit, switch interval), sys.exit, the module table, and the
// three standard streams as TextIOWrappers (stdlib/textio.h).
#include "stdlib/sys_module.h"

#include <unistd.h>

#include <climits>
#include <cstdint>
#include <cstdlib>

#include "runtime/args.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/gil.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"
#include "stdlib/file_object.h"
#include "stdlib/modules.h"
#include "stdlib/textio.h"
#include "vm/interpreter.h"

namespace minipy::stdlib {

using rt::CallArgs;
using rt::Result;
using rt::Value;

namespace {

// The interpreter's own module table: CPython keeps importing through it
// even if a script rebinds `sys.modules`, so it is held here, not looked up.
rt::DictObject* g_modules = nullptr;
// The streams sys was created with (sys.__stdout__ etc.), kept for the
// exit-time flush even if a script replaces or deletes sys.stdout.
TextIOObject* g_original_stdout = nullptr;
TextIOObject* g_original_stderr = nullptr;

rt::ModuleObject* sys_module() { return builtin_module("sys"); }

Value sys_attribute(std::string_view name) {
    Value v = sys_module()->dict->get_str(rt::intern(name));
    return v.is_null() ? Value::none() : v;
}

rt::ListObject* sys_list(std::string_view name) {
    Value v = sys_attribute(name);
    if (rt::is_list(v)) return v.as<rt::ListObject>();
    // The script rebound it to something else: start a fresh list.
    Value fresh = rt::make_list();
    rt::set_attr_str(sys_module(), name, fresh);
    return fresh.as<rt::ListObject>();
}

// The absolute path of the running binary, as CPython's sys.executable.
std::string executable_path() {
    char buf[PATH_MAX];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    return n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
}

Result<Value> sys_exit(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "exit", 0, 1));
    // CPython sets SystemExit from the status as PyErr_SetObject does: no
    // status or None gives no args, a tuple becomes the args themselves.
    Value status = args.nargs == 1 ? args[0] : Value::none();
    Value exc_args = status.is_none() ? rt::empty_tuple() : rt::is_tuple(status) ? status : rt::make_tuple({status});
    return rt::raise(rt::make_exception(rt::g_exc.SystemExit, exc_args));
}

Result<Value> sys_getrecursionlimit(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "sys.getrecursionlimit", 0, 0));
    return rt::make_int(rt::g_recursion_limit);
}

Result<Value> sys_setrecursionlimit(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "setrecursionlimit", 1, 1));
    std::int64_t limit = MINIPY_TRY(rt::as_index(args[0], "limit"));
    if (limit < 1) return rt::raise_error(rt::g_exc.ValueError, "recursion limit must be greater or equal than 1");
    if (limit > INT_MAX) return rt::raise_error(rt::g_exc.OverflowError, "Python int too large to convert to C int");
    int depth = rt::g_thread->recursion_depth;
    if (depth >= limit)
        return rt::raise_error(rt::g_exc.RecursionError,
                               "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                               {std::to_string(limit), std::to_string(depth)});
    rt::g_recursion_limit = static_cast<int>(limit);
    return Value::none();
}

Result<Value> sys_getswitchinterval(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "sys.getswitchinterval", 0, 0));
    return Value::number(rt::switch_interval());
}

Result<Value> sys_setswitchinterval(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "setswitchinterval", 1, 1));
    Value interval = args[0];
    if (!rt::is_int(interval) && !interval.is_double())
        return rt::raise_error(rt::g_exc.TypeError, "must be real number, not {}", {rt::type_name(interval)});
    double seconds = MINIPY_TRY(rt::to_double(interval));
    if (!(seconds > 0.0)) return rt::raise_error(rt::g_exc.ValueError, "switch interval must be strictly positive");
    rt::set_switch_interval(seconds);
    return Value::none();
}

// sys.excepthook(type, value, traceback): the report of an uncaught
// exception, which threading uses for "Exception in thread ...". The
// traceback printed is the one the exception carries.
Result<Value> sys_excepthook(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "excepthook", 3, 3));
    if (!rt::type_of(args[1])->is_subtype_of(rt::g_exc.BaseException)) {
        write_stderr("TypeError: print_exception(): Exception expected for value, " +
                     std::string(rt::type_name(args[1])) + " found\n");
        return Value::none();
    }
    vm::interpreter().print_exception(args[1]);
    return Value::none();
}

// The innermost exception being handled, or None.
Value handled_exception() {
    Value handled = rt::g_thread->current_handled();
    return handled.is_null() ? Value::none() : handled;
}

Result<Value> sys_exception(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "sys.exception", 0, 0));
    return handled_exception();
}

Result<Value> sys_exc_info(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "sys.exc_info", 0, 0));
    Value exc = handled_exception();
    if (exc.is_none()) return rt::make_tuple({Value::none(), Value::none(), Value::none()});
    // FIXME: the third item should be a traceback object; minipy has none yet.
    return rt::make_tuple({Value::object(rt::type_of(exc)), exc, Value::none()});
}

Result<Value> sys_intern(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "intern", 1, 1));
    if (!rt::is_str(args[0]))
        return rt::raise_error(rt::g_exc.TypeError, "intern() argument must be str, not {}", {rt::type_name(args[0])});
    return Value::object(rt::intern(rt::str_view(args[0])));
}

void add_streams(rt::ModuleObject* sys) {
    // CPython 3.11: stdout is line-buffered on a terminal and block-buffered
    // otherwise; stderr is line-buffered in both cases; PYTHONUNBUFFERED
    // (set to anything non-empty) makes both write through.
    const char* unbuffered = std::getenv("PYTHONUNBUFFERED");
    bool write_through = unbuffered && *unbuffered;
    Buffering stdout_buffering = write_through    ? Buffering::WriteThrough
                                 : ::isatty(1) == 1 ? Buffering::Line
                                                    : Buffering::Block;
    Buffering stderr_buffering = write_through ? Buffering::WriteThrough : Buffering::Line;
    Value in = make_textio(0, "<stdin>", true, false, Buffering::Line);
    Value out = make_textio(1, "<stdout>", false, true, stdout_buffering);
    Value err = make_textio(2, "<stderr>", false, true, stderr_buffering);
    for (Value stream : {in, out, err}) rt::g_heap.add_permanent(stream.as_object());
    g_original_stdout = out.as<TextIOObject>();
    g_original_stderr = err.as<TextIOObject>();
    rt::set_attr_str(sys, "stdin", in);
    rt::set_attr_str(sys, "stdout", out);
    rt::set_attr_str(sys, "stderr", err);
    rt::set_attr_str(sys, "__stdin__", in);
    rt::set_attr_str(sys, "__stdout__", out);
    rt::set_attr_str(sys, "__stderr__", err);
}

}  // namespace

rt::ModuleObject* make_sys_module() {
    auto* sys = rt::make_module("sys").as<rt::ModuleObject>();
    rt::set_attr_str(sys, "argv", rt::make_list({rt::make_str("")}));
    rt::set_attr_str(sys, "path", rt::make_list());
    g_modules = rt::make_dict().as<rt::DictObject>();
    rt::g_heap.add_permanent(g_modules);
    rt::set_attr_str(sys, "modules", Value::object(g_modules));

    rt::set_attr_str(sys, "executable", rt::make_str(executable_path()));
    rt::set_attr_str(sys, "platform", rt::make_str("linux"));
    rt::set_attr_str(sys, "version", rt::make_str("3.11.7 (minipy) [GCC " __VERSION__ "]"));
    // FIXME: CPython's version_info is a named tuple (.major, .minor, ...).
    rt::set_attr_str(sys, "version_info",
                     rt::make_tuple({rt::make_int(3), rt::make_int(11), rt::make_int(7), rt::make_str("final"),
                                     rt::make_int(std::int64_t{0})}));
    rt::set_attr_str(sys, "hexversion", rt::make_int(0x030B07F0));
    rt::set_attr_str(sys, "maxsize", rt::make_int(INT64_MAX));
    rt::set_attr_str(sys, "byteorder", rt::make_str("little"));
    add_streams(sys);

    rt::add_function(sys, "exit", sys_exit);
    rt::add_function(sys, "getrecursionlimit", sys_getrecursionlimit);
    rt::add_function(sys, "setrecursionlimit", sys_setrecursionlimit);
    rt::add_function(sys, "getswitchinterval", sys_getswitchinterval);
    rt::add_function(sys, "setswitchinterval", sys_setswitchinterval);
    rt::add_function(sys, "exception", sys_exception);
    rt::add_function(sys, "excepthook", sys_excepthook);
    // The original hook, which threading falls back on like CPython.
    rt::set_attr_str(sys, "__excepthook__", sys->dict->get_str(rt::intern("excepthook")));
    rt::add_function(sys, "exc_info", sys_exc_info);
    rt::add_function(sys, "intern", sys_intern);
    return sys;
}

void set_sys_argv(std::vector<std::string> argv) {
    std::vector<Value> items;
    for (const std::string& arg : argv) items.push_back(rt::make_str(arg));
    rt::set_attr_str(sys_module(), "argv", rt::make_list(std::move(items)));
}

void set_sys_path0(std::string directory) {
    rt::ListObject* path = sys_list("path");
    Value entry = rt::make_str(directory);
    if (path->items.empty()) path->items.push_back(entry);
    else path->items[0] = entry;
}

rt::DictObject* sys_modules() {
    sys_module();  // builds sys, and with it the table, on first use
    return g_modules;
}

Value sys_stdout() { return sys_attribute("stdout"); }
Value sys_stderr() { return sys_attribute("stderr"); }
Value sys_stdin() { return sys_attribute("stdin"); }

Result<void> write_stdout(std::string_view text) {
    Value out = sys_stdout();
    if (out.is_none()) return {};
    return write_to_file(out, text);
}

void write_stderr(std::string_view text) {
    Value err = sys_stderr();
    if (!err.is_none() && write_to_file(err, text).is_error()) rt::clear_exception();
}

void set_unbuffered_std_streams() {
    sys_module();  // creates the streams
    g_original_stdout->buffering = Buffering::WriteThrough;
    g_original_stderr->buffering = Buffering::WriteThrough;
}

bool flush_std_streams(Value* failed_stream) {
    sys_module();
    flush_open_files();
    // Every stream gets its flush even if an earlier one failed; the first
    // failure is the one reported.
    rt::Root first_error;
    for (Value stream : {sys_stdout(), sys_stderr(), Value::object(g_original_stdout), Value::object(g_original_stderr)}) {
        // A closed stream has nothing left to flush (CPython skips it too).
        if (stream.is_none() || (is_textio(stream) && stream.as<TextIOObject>()->closed)) continue;
        if (!flush_file(stream).is_error()) continue;
        Value error = rt::take_exception();
        if (!first_error.get().is_null()) continue;
        first_error.set(error);
        if (failed_stream) *failed_stream = stream;
    }
    if (first_error.get().is_null()) return true;
    (void)rt::raise(first_error.get());
    return false;
}

}  // namespace minipy::stdlib
