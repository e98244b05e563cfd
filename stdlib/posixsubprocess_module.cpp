// stdlib/posixsubprocess_module.cpp: the `_posixsubprocess` module, the
// native half of subprocess.py: fork_exec() starts one child. Everything
// the child needs (argv, envp, the paths to try) is built before fork(): in
// a process with threads the child may only make async-signal-safe calls
// until it execs. An exec that fails is reported back through a
// close-on-exec pipe, so the parent raises the child's errno as CPython does.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/bytes_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "signal/blocking.h"
#include "stdlib/modules.h"

namespace minipy::stdlib {

using rt::CallArgs;
using rt::Result;
using rt::Value;

namespace {

// Where the child failed, sent to the parent with the errno. Exec failures
// name the program; the others happened before exec (CPython's "noexec")
// and name the cwd.
enum class ChildStage : int { Exec, BeforeExec };

struct ChildError {
    ChildStage stage;
    int error;
};

// What the child does, decided in the parent: only plain data, so the
// child reads it without allocating.
struct ChildPlan {
    std::vector<char*> argv;         // null-terminated, pointing into the caller's strings
    std::vector<char*> envp;         // null-terminated
    std::vector<char*> executables;  // the paths to try, in PATH order
    const char* cwd = nullptr;
    int p2cread = -1, c2pwrite = -1, errwrite = -1;
    std::vector<int> pass_fds;  // kept open and made inheritable
    std::vector<int> keep_fds;  // sorted: the pass_fds and the error pipe (close-on-exec)
    bool close_fds = true;
    bool restore_signals = true;
    bool start_new_session = false;
    pid_t process_group = -1;
    int umask = -1;
    sigset_t mask;  // the calling thread's mask, restored in the child
    int errpipe_write = -1;
};

Result<std::string> os_string(Value v, const char* what) {
    std::string s;
    if (rt::is_str(v)) s = rt::str_view(v);
    else if (rt::is_bytes(v)) s = rt::bytes_view(v);
    else
        return rt::raise_error(rt::g_exc.TypeError, "expected str, bytes or os.PathLike object, not {}",
                               {rt::type_name(v)});
    if (s.find('\0') != std::string::npos)
        return rt::raise_error(rt::g_exc.ValueError, "embedded null byte in {}", {what});
    return s;
}

// A list of str/bytes as owned strings (the char* arrays point into them).
Result<std::vector<std::string>> string_list(Value list, const char* what) {
    if (!rt::is_list(list))
        return rt::raise_error(rt::g_exc.TypeError, "fork_exec: {} must be a list, not {}",
                               {what, rt::type_name(list)});
    std::vector<std::string> out;
    for (Value v : list.as<rt::ListObject>()->items) out.push_back(MINIPY_TRY(os_string(v, what)));
    return out;
}

std::vector<char*> c_array(std::vector<std::string>& strings) {
    std::vector<char*> out;
    for (std::string& s : strings) out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

Result<int> fd_arg(Value v) { return static_cast<int>(MINIPY_TRY(rt::as_index(v, "fd"))); }

// ---- the child: async-signal-safe calls only, until exec --------------------------

int set_inheritable(int fd) {
    int flags = ::fcntl(fd, F_GETFD);
    if (flags < 0) return -1;
    return ::fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
}

// Closes every fd from 3 up except [plan.keep_fds] (sorted).
void close_inherited_fds(const ChildPlan& plan) {
    unsigned first = 3;
    for (int fd : plan.keep_fds) {
        auto keep = static_cast<unsigned>(fd);
        if (keep < first) continue;
        if (keep > first) ::close_range(first, keep - 1, 0);
        first = keep + 1;
    }
    ::close_range(first, ~0U, 0);
}

[[noreturn]] void report_and_exit(int errpipe, ChildStage stage) {
    ChildError report{stage, errno};
    // One write of 8 bytes to a pipe is atomic; nothing can be done on failure.
    while (::write(errpipe, &report, sizeof report) < 0 && errno == EINTR) {
    }
    ::_exit(255);
}

[[noreturn]] void run_child(const ChildPlan& plan) {
    // Signals were blocked around fork(): put back the default action of
    // every signal minipy handles before unblocking, so none can run
    // minipy's handler in the child, then the caller's mask (CPython's
    // children inherit it too).
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    for (int signum = 1; signum < NSIG; ++signum) {
        if (signum == SIGKILL || signum == SIGSTOP) continue;
        struct sigaction old {};
        // glibc's internal signals answer EINVAL: skip them.
        if (::sigaction(signum, nullptr, &old) != 0) continue;
        if (old.sa_handler != SIG_DFL && old.sa_handler != SIG_IGN) ::sigaction(signum, &dfl, nullptr);
    }
    // restore_signals: the interpreter ignores these two; CPython's children
    // get them back at the default.
    if (plan.restore_signals) {
        ::sigaction(SIGPIPE, &dfl, nullptr);
        ::sigaction(SIGXFSZ, &dfl, nullptr);
    }
    ::sigprocmask(SIG_SETMASK, &plan.mask, nullptr);

    int err = plan.errpipe_write;
    for (int fd : plan.pass_fds)
        if (set_inheritable(fd) < 0) report_and_exit(err, ChildStage::BeforeExec);
    // dup2() onto 0, 1 and 2 in turn must not overwrite a source still
    // needed: a stdout source on 0 or a stderr source on 0 or 1 moves above
    // 2 first (close-on-exec, so the copy does not leak into the program).
    int p2cread = plan.p2cread, c2pwrite = plan.c2pwrite, errwrite = plan.errwrite;
    if (c2pwrite == 0 && (c2pwrite = ::fcntl(c2pwrite, F_DUPFD_CLOEXEC, 3)) < 0)
        report_and_exit(err, ChildStage::BeforeExec);
    if ((errwrite == 0 || errwrite == 1) && (errwrite = ::fcntl(errwrite, F_DUPFD_CLOEXEC, 3)) < 0)
        report_and_exit(err, ChildStage::BeforeExec);
    const int sources[3] = {p2cread, c2pwrite, errwrite};
    for (int target = 0; target < 3; ++target) {
        int source = sources[target];
        if (source < 0) continue;
        // dup2() onto itself keeps close-on-exec (every pipe end has it).
        int rc = source == target ? set_inheritable(target) : ::dup2(source, target);
        if (rc < 0) report_and_exit(err, ChildStage::BeforeExec);
    }
    if (plan.cwd && ::chdir(plan.cwd) < 0) report_and_exit(err, ChildStage::BeforeExec);
    if (plan.umask >= 0) ::umask(static_cast<mode_t>(plan.umask));
    if (plan.start_new_session && ::setsid() < 0) report_and_exit(err, ChildStage::BeforeExec);
    if (plan.process_group >= 0 && ::setpgid(0, plan.process_group) < 0)
        report_and_exit(err, ChildStage::BeforeExec);
    if (plan.close_fds) close_inherited_fds(plan);

    // As execvpe: try each directory of PATH; report the first error other
    // than "not there", else the last one.
    int saved = 0;
    for (char* path : plan.executables) {
        if (!path) break;
        ::execve(path, plan.argv.data(), plan.envp.data());
        if (errno != ENOENT && errno != ENOTDIR && saved == 0) saved = errno;
    }
    if (saved != 0) errno = saved;
    report_and_exit(err, ChildStage::Exec);
}

// ---- the parent ------------------------------------------------------------------

// Reads the child's report: nothing (EOF when exec closed the pipe) or one
// ChildError. The read waits without the GIL and follows PEP 475.
Result<long> read_report(int fd, ChildError& report) {
    std::size_t got = 0;
    auto* bytes = reinterpret_cast<char*>(&report);
    while (got < sizeof report) {
        long n = MINIPY_TRY(sig::retry_blocking([&] { return ::read(fd, bytes + got, sizeof report - got); }));
        if (n < 0) return rt::raise_os_error(errno);
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    return static_cast<long>(got);
}

// fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread,
// c2pwrite, errwrite, restore_signals, start_new_session, process_group,
// umask, err_filename) -> pid. [env] is the whole environment, a list of
// "NAME=value"; the fds are -1 to inherit the parent's. An exec that
// fails raises the child's error naming [err_filename]; an earlier failure
// (chdir, dup2, setsid) names [cwd], as CPython's "noexec" errors do.
Result<Value> fork_exec(Value, const CallArgs& args) {
    Value a[14];
    MINIPY_TRY(rt::bind_args(args, "fork_exec",
                             {"args", "executable_list", "close_fds", "pass_fds", "cwd", "env", "p2cread",
                              "c2pwrite", "errwrite", "restore_signals", "start_new_session", "process_group",
                              "umask", "err_filename"},
                             14, a));
    std::vector<std::string> argv = MINIPY_TRY(string_list(a[0], "args"));
    std::vector<std::string> executables = MINIPY_TRY(string_list(a[1], "executable_list"));
    std::vector<std::string> env = MINIPY_TRY(string_list(a[5], "env"));
    std::string cwd;
    if (!a[4].is_none()) cwd = MINIPY_TRY(os_string(a[4], "cwd"));

    ChildPlan plan;
    plan.argv = c_array(argv);
    plan.executables = c_array(executables);
    plan.envp = c_array(env);
    plan.cwd = a[4].is_none() ? nullptr : cwd.c_str();
    plan.close_fds = MINIPY_TRY(rt::truthy(a[2]));
    if (!rt::is_list(a[3])) return rt::raise_error(rt::g_exc.TypeError, "fork_exec: pass_fds must be a list");
    for (Value fd : a[3].as<rt::ListObject>()->items) plan.pass_fds.push_back(MINIPY_TRY(fd_arg(fd)));
    plan.p2cread = MINIPY_TRY(fd_arg(a[6]));
    plan.c2pwrite = MINIPY_TRY(fd_arg(a[7]));
    plan.errwrite = MINIPY_TRY(fd_arg(a[8]));
    plan.restore_signals = MINIPY_TRY(rt::truthy(a[9]));
    plan.start_new_session = MINIPY_TRY(rt::truthy(a[10]));
    if (!a[11].is_none()) plan.process_group = static_cast<pid_t>(MINIPY_TRY(rt::as_index(a[11], "process_group")));
    plan.umask = static_cast<int>(MINIPY_TRY(rt::as_index(a[12], "umask")));
    std::string err_filename = MINIPY_TRY(os_string(a[13], "err_filename"));

    int errpipe[2];
    if (::pipe2(errpipe, O_CLOEXEC) != 0) return rt::raise_os_error(errno);
    plan.errpipe_write = errpipe[1];
    plan.keep_fds = plan.pass_fds;
    plan.keep_fds.push_back(errpipe[1]);
    std::sort(plan.keep_fds.begin(), plan.keep_fds.end());

    // No signal may run minipy's handler in the child before it resets the
    // dispositions (the handler would write the parent's wakeup fd).
    sigset_t all;
    ::sigfillset(&all);
    ::pthread_sigmask(SIG_BLOCK, &all, &plan.mask);
    pid_t pid = ::fork();
    if (pid == 0) run_child(plan);
    int fork_errno = errno;
    ::pthread_sigmask(SIG_SETMASK, &plan.mask, nullptr);
    ::close(errpipe[1]);
    if (pid < 0) {
        ::close(errpipe[0]);
        return rt::raise_os_error(fork_errno);
    }

    ChildError report{};
    Result<long> got = read_report(errpipe[0], report);
    ::close(errpipe[0]);
    if (got.is_error()) return rt::Error{};
    if (got.value() == 0) return rt::make_int(pid);

    // The child failed and exits at once: reap it, as CPython does, so no
    // zombie is left behind by a Popen that never existed.
    int status = 0;
    MINIPY_TRY(sig::retry_blocking([&] { return ::waitpid(pid, &status, 0); }));
    if (report.stage == ChildStage::Exec) return rt::raise_os_error(report.error, err_filename);
    return rt::raise_os_error(report.error, cwd);
}

}  // namespace

rt::ModuleObject* make_posixsubprocess_module() {
    auto* module = rt::make_module("_posixsubprocess").as<rt::ModuleObject>();
    rt::Root keep(Value::object(module));
    rt::add_function(module, "fork_exec", fork_exec);
    return module;
}

}  // namespace minipy::stdlib
