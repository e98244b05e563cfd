// stdlib/os_module.cpp: the `os` module: processes and signals (getpid,
// kill, process groups and sessions, waitpid and the wait-status decoders),
// raw file descriptors (open, pipe, read, write, close, dup, blocking mode),
// directories (getcwd, chdir, listdir, mkdir, rmdir, remove), the
// environment, and a small os.path.
// Failures raise the OSError subclass of their errno (rt::raise_os_error);
// blocking calls go through sig::retry_blocking (PEP 475).
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "runtime/args.h"
#include "runtime/bytes_object.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "signal/blocking.h"
#include "stdlib/modules.h"
#include "stdlib/special_methods.h"

extern char** environ;

namespace minipy::stdlib {

using rt::CallArgs;
using rt::Result;
using rt::Value;

namespace {

rt::DictObject* g_environ = nullptr;

Result<std::int64_t> int_arg(Value v) {
    Value i = MINIPY_TRY(index_value(v));
    std::int64_t n = 0;
    if (!rt::int_to_int64(i, n)) return rt::raise_error(rt::g_exc.OverflowError, "Python int too large to convert to C int");
    return n;
}

Result<int> fd_arg(Value v) { return static_cast<int>(MINIPY_TRY(int_arg(v))); }

Result<std::string> path_arg(Value v, const char* fname) {
    if (rt::is_str(v)) return std::string(rt::str_view(v));
    if (rt::is_bytes(v)) return std::string(rt::bytes_view(v));
    return rt::raise_error(rt::g_exc.TypeError, "{}: path should be string, bytes or os.PathLike, not {}",
                           {fname, rt::type_name(v)});
}

Result<Value> none_or_error(int rc) {
    if (rc != 0) return rt::raise_os_error(errno);
    return Value::none();
}

// ---- processes and signals -------------------------------------------------------

Result<Value> os_getpid(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "getpid", 0, 0));
    return rt::make_int(::getpid());
}

Result<Value> os_getppid(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "getppid", 0, 0));
    return rt::make_int(::getppid());
}

Result<Value> os_getpgrp(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "getpgrp", 0, 0));
    return rt::make_int(::getpgrp());
}

Result<Value> os_getpgid(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "getpgid", 1, 1));
    pid_t r = ::getpgid(static_cast<pid_t>(MINIPY_TRY(int_arg(args[0]))));
    if (r < 0) return rt::raise_os_error(errno);
    return rt::make_int(r);
}

Result<Value> os_getsid(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "getsid", 1, 1));
    pid_t r = ::getsid(static_cast<pid_t>(MINIPY_TRY(int_arg(args[0]))));
    if (r < 0) return rt::raise_os_error(errno);
    return rt::make_int(r);
}

Result<Value> os_setpgid(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "setpgid", 2, 2));
    auto pid = static_cast<pid_t>(MINIPY_TRY(int_arg(args[0])));
    auto pgid = static_cast<pid_t>(MINIPY_TRY(int_arg(args[1])));
    return none_or_error(::setpgid(pid, pgid));
}

Result<Value> os_setsid(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "setsid", 0, 0));
    return none_or_error(::setsid() < 0 ? -1 : 0);
}

// A signal sent to this process is handled when kill returns, by the
// eval breaker check after the call (SIGNALS.md 13).
Result<Value> os_kill(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "kill", 2, 2));
    auto pid = static_cast<pid_t>(MINIPY_TRY(int_arg(args[0])));
    auto signum = static_cast<int>(MINIPY_TRY(int_arg(args[1])));
    if (::kill(pid, signum) != 0) return rt::raise_os_error(errno);
    // A signal sent to ourselves runs its handler before kill returns
    // (SIGNALS.md 13), even where no safe point follows (an atexit callback).
    MINIPY_TRY(sig::service_pending_signals());
    return Value::none();
}

Result<Value> os_killpg(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "killpg", 2, 2));
    auto pgid = static_cast<pid_t>(MINIPY_TRY(int_arg(args[0])));
    auto signum = static_cast<int>(MINIPY_TRY(int_arg(args[1])));
    return none_or_error(::killpg(pgid, signum));
}

// waitpid(pid, options) -> (pid, status), retried on EINTR.
Result<Value> os_waitpid(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "waitpid", 2, 2));
    auto pid = static_cast<pid_t>(MINIPY_TRY(int_arg(args[0])));
    auto options = static_cast<int>(MINIPY_TRY(int_arg(args[1])));
    int status = 0;
    long r = MINIPY_TRY(sig::retry_blocking([&] { return ::waitpid(pid, &status, options); }));
    if (r < 0) return rt::raise_os_error(errno);
    return rt::make_tuple({rt::make_int(r), rt::make_int(status)});
}

Result<Value> os_exit(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "_exit", 1, 1));
    ::_exit(static_cast<int>(MINIPY_TRY(int_arg(args[0]))));
}

// os.waitstatus_to_exitcode(status): the exit code, or -N for death by signal N.
Result<Value> os_waitstatus_to_exitcode(Value, const CallArgs& args) {
    Value status_arg;
    MINIPY_TRY(rt::bind_args(args, "waitstatus_to_exitcode", {"status"}, 1, &status_arg));
    auto status = static_cast<int>(MINIPY_TRY(int_arg(status_arg)));
    if (WIFEXITED(status)) return rt::make_int(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return rt::make_int(-WTERMSIG(status));
    if (WIFSTOPPED(status))
        return rt::raise_error(rt::g_exc.ValueError, "process stopped by delivery of signal {}",
                               {std::to_string(WSTOPSIG(status))});
    return rt::raise_error(rt::g_exc.ValueError, "invalid wait status: {}", {std::to_string(status)});
}

// The W* macros of <sys/wait.h>, as os.WIFEXITED(status) and the rest.
template <int (*Macro)(int), bool IsPredicate, const char* Name>
Result<Value> wait_macro(Value, const CallArgs& args) {
    Value status;
    MINIPY_TRY(rt::bind_args(args, Name, {"status"}, 1, &status));
    int r = Macro(static_cast<int>(MINIPY_TRY(int_arg(status))));
    return IsPredicate ? Value::boolean(r != 0) : rt::make_int(r);
}

constexpr char kIfExited[] = "WIFEXITED", kExitStatus[] = "WEXITSTATUS", kIfSignaled[] = "WIFSIGNALED",
               kTermSig[] = "WTERMSIG", kIfStopped[] = "WIFSTOPPED", kStopSig[] = "WSTOPSIG";

int if_exited(int s) { return WIFEXITED(s); }
int exit_status(int s) { return WEXITSTATUS(s); }
int if_signaled(int s) { return WIFSIGNALED(s); }
int term_sig(int s) { return WTERMSIG(s); }
int if_stopped(int s) { return WIFSTOPPED(s); }
int stop_sig(int s) { return WSTOPSIG(s); }

// ---- file descriptors --------------------------------------------------------------

// os.open(path, flags, mode=0o777): the fd is non-inheritable, as in CPython.
Result<Value> os_open(Value, const CallArgs& args) {
    Value a[3];
    MINIPY_TRY(rt::bind_args(args, "open", {"path", "flags", "mode"}, 2, a));
    std::string path = MINIPY_TRY(path_arg(a[0], "open"));
    auto flags = static_cast<int>(MINIPY_TRY(int_arg(a[1])));
    auto mode = static_cast<mode_t>(a[2].is_null() ? 0777 : MINIPY_TRY(int_arg(a[2])));
    long fd = MINIPY_TRY(sig::retry_blocking([&] { return ::open(path.c_str(), flags | O_CLOEXEC, mode); }));
    if (fd < 0) return rt::raise_os_error(errno, path);
    return rt::make_int(fd);
}

Result<Value> os_dup(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "dup", 1, 1));
    int fd = ::fcntl(MINIPY_TRY(fd_arg(args[0])), F_DUPFD_CLOEXEC, 0);
    if (fd < 0) return rt::raise_os_error(errno);
    return rt::make_int(fd);
}

Result<Value> os_isatty(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "isatty", 1, 1));
    return Value::boolean(::isatty(MINIPY_TRY(fd_arg(args[0]))) == 1);
}

Result<Value> os_pipe(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "pipe", 0, 0));
    int fds[2];
    // CPython: both ends are non-inheritable.
    if (::pipe2(fds, O_CLOEXEC) != 0) return rt::raise_os_error(errno);
    return rt::make_tuple({rt::make_int(fds[0]), rt::make_int(fds[1])});
}

Result<Value> os_read(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "read", 2, 2));
    int fd = MINIPY_TRY(fd_arg(args[0]));
    std::int64_t n = MINIPY_TRY(int_arg(args[1]));
    if (n < 0) return rt::raise_os_error(EINVAL);
    std::string buf(static_cast<std::size_t>(n), '\0');
    long got = MINIPY_TRY(sig::retry_blocking([&] { return ::read(fd, buf.data(), buf.size()); }));
    if (got < 0) return rt::raise_os_error(errno);
    buf.resize(static_cast<std::size_t>(got));
    return rt::make_bytes_owned(std::move(buf));
}

Result<Value> os_write(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "write", 2, 2));
    int fd = MINIPY_TRY(fd_arg(args[0]));
    if (!rt::is_bytes(args[1]))
        return rt::raise_error(rt::g_exc.TypeError, "a bytes-like object is required, not '{}'",
                               {rt::type_name(args[1])});
    std::string_view data = rt::bytes_view(args[1]);
    long n = MINIPY_TRY(sig::retry_blocking([&] { return ::write(fd, data.data(), data.size()); }));
    if (n < 0) return rt::raise_os_error(errno);
    return rt::make_int(n);
}

Result<Value> os_close(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "close", 1, 1));
    int fd = MINIPY_TRY(fd_arg(args[0]));
    // No retry on EINTR: Linux frees the fd even then (as CPython).
    if (::close(fd) != 0 && errno != EINTR) return rt::raise_os_error(errno);
    return Value::none();
}

// os.dup2(fd, fd2, inheritable=True)
Result<Value> os_dup2(Value, const CallArgs& args) {
    Value a[3];
    MINIPY_TRY(rt::bind_args(args, "dup2", {"fd", "fd2", "inheritable"}, 2, a));
    int fd = MINIPY_TRY(fd_arg(a[0]));
    int fd2 = MINIPY_TRY(fd_arg(a[1]));
    bool inheritable = a[2].is_null() || MINIPY_TRY(rt::truthy(a[2]));
    int r = inheritable ? ::dup2(fd, fd2) : ::dup3(fd, fd2, O_CLOEXEC);
    if (r < 0) return rt::raise_os_error(errno);
    return rt::make_int(fd2);
}

Result<Value> os_get_blocking(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "get_blocking", 1, 1));
    int flags = ::fcntl(MINIPY_TRY(fd_arg(args[0])), F_GETFL);
    if (flags < 0) return rt::raise_os_error(errno);
    return Value::boolean(!(flags & O_NONBLOCK));
}

Result<Value> os_set_blocking(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "set_blocking", 2, 2));
    int fd = MINIPY_TRY(fd_arg(args[0]));
    bool blocking = MINIPY_TRY(rt::truthy(args[1]));
    int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0) return rt::raise_os_error(errno);
    flags = blocking ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK);
    return none_or_error(::fcntl(fd, F_SETFL, flags) < 0 ? -1 : 0);
}

Result<Value> os_strerror(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "strerror", 1, 1));
    return rt::make_str(std::strerror(static_cast<int>(MINIPY_TRY(int_arg(args[0])))));
}

// ---- files and the environment ------------------------------------------------------

Result<std::string> current_dir() {
    std::vector<char> buf(4096);
    while (!::getcwd(buf.data(), buf.size())) {
        if (errno != ERANGE) return rt::raise_os_error(errno);
        buf.resize(buf.size() * 2);
    }
    return std::string(buf.data());
}

Result<Value> os_getcwd(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "getcwd", 0, 0));
    return rt::make_str_owned(MINIPY_TRY(current_dir()));
}

// The calls that take one path and return nothing: os.rmdir, os.chdir.
template <int (*Call)(const char*), const char* Name>
Result<Value> path_call(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, Name, 1, 1));
    std::string path = MINIPY_TRY(path_arg(args[0], Name));
    if (Call(path.c_str()) != 0) return rt::raise_os_error(errno, path);
    return Value::none();
}

constexpr char kRemove[] = "remove", kUnlink[] = "unlink", kRmdir[] = "rmdir", kChdir[] = "chdir";

// os.mkdir(path, mode=0o777)
Result<Value> os_mkdir(Value, const CallArgs& args) {
    Value a[2];
    MINIPY_TRY(rt::bind_args(args, "mkdir", {"path", "mode"}, 1, a));
    std::string path = MINIPY_TRY(path_arg(a[0], "mkdir"));
    auto mode = static_cast<mode_t>(a[1].is_null() ? 0777 : MINIPY_TRY(int_arg(a[1])));
    if (::mkdir(path.c_str(), mode) != 0) return rt::raise_os_error(errno, path);
    return Value::none();
}

Result<Value> os_listdir(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "listdir", 0, 1));
    std::string path = args.nargs ? MINIPY_TRY(path_arg(args[0], "listdir")) : ".";
    DIR* dir = ::opendir(path.c_str());
    if (!dir) return rt::raise_os_error(errno, path);
    std::vector<Value> names;
    rt::RootVector keep(names);
    while (dirent* e = ::readdir(dir)) {
        std::string_view name = e->d_name;
        if (name != "." && name != "..") names.push_back(rt::make_str(name));
    }
    ::closedir(dir);
    return rt::make_list(std::move(names));
}

// os.getenv(key, default=None): looks in os.environ, as CPython does.
Result<Value> os_getenv(Value, const CallArgs& args) {
    Value params[2];
    MINIPY_TRY(rt::bind_args(args, "getenv", {"key", "default"}, 1, params));
    if (!rt::is_str(params[0]))
        return rt::raise_error(rt::g_exc.TypeError, "str expected, not {}", {rt::type_name(params[0])});
    Value v = g_environ->get_str(rt::intern(rt::str_view(params[0])));
    if (!v.is_null()) return v;
    return params[1].is_null() ? Value::none() : params[1];
}

// ---- os.path --------------------------------------------------------------------------

// stat() of a path, or fstat() of an fd (os.path.exists(0) is True), with
// os.stat's TypeError for anything else; false when it fails.
Result<bool> stat_path(Value v, struct stat& st) {
    if (rt::is_int(v)) return ::fstat(MINIPY_TRY(fd_arg(v)), &st) == 0;
    if (!rt::is_str(v) && !rt::is_bytes(v))
        return rt::raise_error(rt::g_exc.TypeError,
                               "stat: path should be string, bytes, os.PathLike or integer, not {}", {rt::type_name(v)});
    std::string path = MINIPY_TRY(path_arg(v, "stat"));
    return ::stat(path.c_str(), &st) == 0;
}

Result<Value> path_exists(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "exists", 1, 1));
    struct stat st;
    return Value::boolean(MINIPY_TRY(stat_path(args[0], st)));
}

// os.path.isfile / isdir: false for anything stat() cannot see.
template <bool Dir>
Result<Value> path_is_kind(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, Dir ? "isdir" : "isfile", 1, 1));
    struct stat st;
    if (!MINIPY_TRY(stat_path(args[0], st))) return Value::boolean(false);
    return Value::boolean(Dir ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode));
}

Result<Value> path_join(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "join", 1, SIZE_MAX));
    std::string out;
    for (std::size_t i = 0; i < args.nargs; ++i) {
        if (!rt::is_str(args[i]))
            return rt::raise_error(rt::g_exc.TypeError, "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                                   {rt::type_name(args[i])});
        std::string_view part = rt::str_view(args[i]);
        // posixpath.join: an absolute part discards what came before.
        if (!part.empty() && part[0] == '/') out = part;
        else if (out.empty() || out.back() == '/') out += part;
        else out += "/" + std::string(part);
    }
    return rt::make_str_owned(std::move(out));
}

Result<std::string> str_path(const CallArgs& args, const char* fname) {
    MINIPY_TRY(rt::check_positional(args, fname, 1, 1));
    if (!rt::is_str(args[0]))
        return rt::raise_error(rt::g_exc.TypeError, "expected str, bytes or os.PathLike object, not {}",
                               {rt::type_name(args[0])});
    return std::string(rt::str_view(args[0]));
}

Result<Value> path_basename(Value, const CallArgs& args) {
    std::string p = MINIPY_TRY(str_path(args, "basename"));
    auto slash = p.rfind('/');
    return rt::make_str(slash == std::string::npos ? p : p.substr(slash + 1));
}

Result<Value> path_isabs(Value, const CallArgs& args) {
    std::string p = MINIPY_TRY(str_path(args, "isabs"));
    return Value::boolean(!p.empty() && p[0] == '/');
}

// posixpath.abspath: joined to the cwd, then "." and ".." and repeated
// slashes resolved textually (no symlinks followed).
Result<Value> path_abspath(Value, const CallArgs& args) {
    std::string p = MINIPY_TRY(str_path(args, "abspath"));
    if (p.empty() || p[0] != '/') p = MINIPY_TRY(current_dir()) + "/" + p;
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= p.size()) {
        std::size_t slash = p.find('/', start);
        if (slash == std::string::npos) slash = p.size();
        std::string part = p.substr(start, slash - start);
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(std::move(part));
        }
        start = slash + 1;
    }
    // POSIX lets "//x" differ from "/x": posixpath keeps exactly two leading slashes.
    std::string out = p.rfind("//", 0) == 0 && p.rfind("///", 0) != 0 ? "//" : "/";
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + parts[i];
    return rt::make_str_owned(std::move(out));
}

Result<Value> path_dirname(Value, const CallArgs& args) {
    std::string p = MINIPY_TRY(str_path(args, "dirname"));
    auto slash = p.rfind('/');
    if (slash == std::string::npos) return rt::make_str("");
    std::string head = p.substr(0, slash + 1);
    // posixpath.dirname strips trailing slashes unless the head is all slashes.
    if (head.find_first_not_of('/') != std::string::npos)
        while (!head.empty() && head.back() == '/') head.pop_back();
    return rt::make_str(head);
}

}  // namespace

rt::ModuleObject* make_os_module() {
    auto* module = rt::make_module("os").as<rt::ModuleObject>();
    rt::Root keep(Value::object(module));
    struct Fn {
        const char* name;
        rt::NativeFn fn;
    };
    const Fn functions[] = {
        {"getpid", os_getpid}, {"getppid", os_getppid}, {"getpgrp", os_getpgrp}, {"getpgid", os_getpgid},
        {"getsid", os_getsid}, {"setpgid", os_setpgid}, {"setsid", os_setsid}, {"kill", os_kill},
        {"killpg", os_killpg}, {"waitpid", os_waitpid}, {"_exit", os_exit},
        {"waitstatus_to_exitcode", os_waitstatus_to_exitcode},
        {kIfExited, wait_macro<if_exited, true, kIfExited>}, {kExitStatus, wait_macro<exit_status, false, kExitStatus>},
        {kIfSignaled, wait_macro<if_signaled, true, kIfSignaled>}, {kTermSig, wait_macro<term_sig, false, kTermSig>},
        {kIfStopped, wait_macro<if_stopped, true, kIfStopped>}, {kStopSig, wait_macro<stop_sig, false, kStopSig>},
        {"open", os_open}, {"pipe", os_pipe}, {"read", os_read}, {"write", os_write}, {"close", os_close},
        {"dup", os_dup}, {"dup2", os_dup2}, {"isatty", os_isatty}, {"get_blocking", os_get_blocking},
        {"set_blocking", os_set_blocking}, {"strerror", os_strerror}, {"getcwd", os_getcwd},
        {"chdir", path_call<::chdir, kChdir>}, {"mkdir", os_mkdir}, {"rmdir", path_call<::rmdir, kRmdir>},
        {"remove", path_call<::unlink, kRemove>}, {"unlink", path_call<::unlink, kUnlink>},
        {"listdir", os_listdir}, {"getenv", os_getenv},
    };
    for (const Fn& f : functions) rt::add_function(module, f.name, f.fn);
    struct Constant {
        const char* name;
        int value;
    };
    const Constant constants[] = {
        {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY},
        {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL},
        {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK}, {"O_CLOEXEC", O_CLOEXEC},
    };
    for (const Constant& c : constants) rt::set_attr_str(module, c.name, rt::make_int(c.value));
    const std::pair<const char*, const char*> strings[] = {
        {"name", "posix"}, {"sep", "/"}, {"pathsep", ":"}, {"curdir", "."}, {"pardir", ".."},
        {"linesep", "\n"}, {"devnull", "/dev/null"}, {"defpath", "/bin:/usr/bin"},
    };
    for (const auto& [name, text] : strings) rt::set_attr_str(module, name, rt::make_str(text));

    // os.environ: a plain dict snapshot of the environment at import;
    // subprocess passes it to every child, so the script's changes reach
    // children as they do in CPython.
    // FIXME: CPython's is a mapping whose assignments call putenv().
    g_environ = rt::make_dict().as<rt::DictObject>();
    rt::g_heap.add_permanent(g_environ);
    for (char** e = environ; e && *e; ++e) {
        std::string_view entry = *e;
        auto eq = entry.find('=');
        if (eq == std::string_view::npos) continue;
        g_environ->set_str(rt::intern(entry.substr(0, eq)), rt::make_str(entry.substr(eq + 1)));
    }
    rt::set_attr_str(module, "environ", Value::object(g_environ));

    auto* path = rt::make_module("posixpath").as<rt::ModuleObject>();
    rt::set_attr_str(module, "path", Value::object(path));
    rt::add_function(path, "exists", path_exists);
    rt::add_function(path, "join", path_join);
    rt::add_function(path, "basename", path_basename);
    rt::add_function(path, "dirname", path_dirname);
    rt::add_function(path, "isfile", path_is_kind<false>);
    rt::add_function(path, "isdir", path_is_kind<true>);
    rt::add_function(path, "isabs", path_isabs);
    rt::add_function(path, "abspath", path_abspath);
    rt::set_attr_str(path, "sep", rt::make_str("/"));
    return module;
}

}  // namespace minipy::stdlib
