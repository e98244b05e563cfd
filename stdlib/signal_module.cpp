// stdlib/signal_module.cpp: the `signal` module (CPython 3.11 on Linux):
// the SIG* constants as members of the int-like enum `Signals`, `Handlers`
// (SIG_DFL, SIG_IGN) and `Sigmasks`, installing Python handlers (the C
// handler and the table of Python handlers live in signal/), masks, timers
// and the wakeup fd. Behaviour follows /work/shared/SIGNALS.md; the item
// numbers below refer to it.
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>
#include <ctime>
#include <iterator>
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/thread_state.h"
#include "runtime/set_object.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "signal/blocking.h"
#include "signal/handler.h"
#include "signal/pending.h"
#include "stdlib/iteration.h"
#include "stdlib/modules.h"
#include "stdlib/special_methods.h"

namespace minipy::stdlib {

using rt::CallArgs;
using rt::Result;
using rt::Value;

namespace {

// ---- the int-like enums: Signals, Handlers, Sigmasks -------------------------
// CPython's are IntEnum subclasses; minipy has no int subclassing for
// built-in types, so a member carries its number and name and behaves as
// the int where it matters: int(), __index__, ==/< with ints, hash, arithmetic.

struct EnumMember : rt::Object {
    std::int64_t value;
    rt::StrObject* name;
    EnumMember(rt::TypeObject* t, std::int64_t v, rt::StrObject* n) : Object(t), value(v), name(n) {}
    void trace(rt::Tracer& t) override { t.mark(name); }
};

struct EnumType {
    rt::TypeObject* type = nullptr;
    std::vector<EnumMember*> members;  // in definition order; first of a value is canonical
};

EnumType g_signals, g_handlers, g_sigmasks;
rt::TypeObject* g_itimer_error = nullptr;

bool is_member(Value v) {
    if (!v.is_object()) return false;
    rt::TypeObject* t = v.as_object()->type;
    return t == g_signals.type || t == g_handlers.type || t == g_sigmasks.type;
}

// A member as its plain int; any other value unchanged.
Value as_plain(Value v) { return is_member(v) ? rt::make_int(v.as<EnumMember>()->value) : v; }

EnumType& enum_of(rt::TypeObject* t) {
    if (t == g_handlers.type) return g_handlers;
    if (t == g_sigmasks.type) return g_sigmasks;
    return g_signals;
}

// The canonical member of [value], or null.
EnumMember* find_member(const EnumType& e, std::int64_t value) {
    for (EnumMember* m : e.members)
        if (m->value == value) return m;
    return nullptr;
}

// [signum] as Signals member when one exists (CPython's _int_to_enum), else the int.
Value signal_value(int signum) {
    EnumMember* m = find_member(g_signals, signum);
    return m ? Value::object(m) : rt::make_int(signum);
}

Result<Value> enum_repr(Value self) {
    auto* m = self.as<EnumMember>();
    return rt::make_str_owned("<" + m->type->name + "." + std::string(m->name->view()) + ": " +
                              std::to_string(m->value) + ">");
}

// CPython 3.11: str() and format() of an IntEnum member are the int's.
Result<Value> enum_str(Value self) { return rt::make_str(std::to_string(self.as<EnumMember>()->value)); }

Result<std::int64_t> enum_hash(Value self) { return rt::int_hash(as_plain(self)); }

Result<Value> enum_compare(Value a, Value b, rt::CompareOp op) {
    Value pa = as_plain(a), pb = as_plain(b);
    if (!rt::is_int(pa) || !rt::is_int(pb)) return rt::g_not_implemented;
    return rt::compare(pa, pb, op);
}

Result<Value> enum_binary(rt::BinaryOp op, Value a, Value b) {
    Value pa = as_plain(a), pb = as_plain(b);
    if (!rt::is_int(pa) && !pa.is_double()) return rt::g_not_implemented;
    if (!rt::is_int(pb) && !pb.is_double()) return rt::g_not_implemented;
    return rt::binary_op(rt::plain_op(op), pa, pb);
}

// -signal.SIGTERM is the int -15 (IntEnum), as subprocess return codes compare.
Result<Value> enum_unary(rt::UnaryOp op, Value self) { return rt::unary_op(op, as_plain(self)); }

Result<bool> enum_truthy(Value self) { return self.as<EnumMember>()->value != 0; }

Result<Value> enum_getattr(Value self, rt::StrObject* name) {
    auto* m = self.as<EnumMember>();
    if (name->view() == "name") return Value::object(m->name);
    if (name->view() == "value") return rt::make_int(m->value);
    return rt::generic_getattr(self, name);
}

// Signals(2) -> Signals.SIGINT; ValueError "99 is not a valid Signals".
Result<Value> enum_construct(rt::TypeObject* type, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, type->name, 1, 1));
    Value v = as_plain(args[0]);
    std::int64_t n = 0;
    if (rt::is_int(v) && rt::int_to_int64(v, n))
        if (EnumMember* m = find_member(enum_of(type), n)) return Value::object(m);
    std::string r = MINIPY_TRY(rt::repr_string(args[0]));
    return rt::raise_error(rt::g_exc.ValueError, "{} is not a valid {}", {r, type->name});
}

Result<Value> enum_int_method(Value self, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "__index__", 0, 0));
    return rt::make_int(self.as<EnumMember>()->value);
}

void make_enum(EnumType& e, const char* name) {
    e.type = rt::make_builtin_type(name, nullptr);
    rt::TypeSlots& s = e.type->slots;
    s.repr = enum_repr;
    s.str = enum_str;
    s.hash = enum_hash;
    s.compare = enum_compare;
    s.binary = enum_binary;
    s.unary = enum_unary;
    s.truthy = enum_truthy;
    s.getattr = enum_getattr;
    s.construct = enum_construct;
    rt::add_method(e.type, "__index__", enum_int_method);
    rt::add_method(e.type, "__int__", enum_int_method);
}

// Adds member [name] = [value] to [e] (an alias when the value exists) and
// to [module] as a constant.
void add_member(EnumType& e, rt::ModuleObject* module, const char* name, std::int64_t value) {
    EnumMember* m = find_member(e, value);
    if (!m) {
        m = rt::make<EnumMember>(e.type, value, rt::intern(name));
        e.members.push_back(m);
        rt::g_heap.add_permanent(m);
    }
    e.type->dict->set_str(rt::intern(name), Value::object(m));
    rt::set_attr_str(module, name, Value::object(m));
}

struct SignalName {
    const char* name;
    int value;
};

// CPython's Signals, in its order: the first name of a number is canonical
// (SIGABRT before SIGIOT, SIGCHLD before SIGCLD, SIGIO before SIGPOLL).
const SignalName kSignalNames[] = {
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCLD", SIGCHLD}, {"SIGCONT", SIGCONT},
    {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU},
    {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM},
    {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL},
    {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS},
};

bool is_disposition(Value handler) {
    return handler.is_object() && handler.as_object()->type == g_handlers.type;
}

Value handler_member(std::int64_t value) { return Value::object(find_member(g_handlers, value)); }

// ---- argument helpers ----------------------------------------------------------

Result<std::int64_t> int_arg(Value v) {
    Value i = MINIPY_TRY(index_value(v));
    std::int64_t n = 0;
    if (!rt::int_to_int64(i, n)) return rt::raise_error(rt::g_exc.OverflowError, "Python int too large to convert to C int");
    return n;
}

// A signal number in [1, NSIG) (SIGNALS.md 6).
Result<int> signum_arg(Value v) {
    std::int64_t n = MINIPY_TRY(int_arg(v));
    if (n < 1 || n >= sig::kNsig) return rt::raise_error(rt::g_exc.ValueError, "signal number out of range");
    return static_cast<int>(n);
}

// An iterable of signal numbers as a sigset_t (pthread_sigmask, sigwait).
Result<sigset_t> sigset_arg(Value iterable) {
    sigset_t set;
    sigemptyset(&set);
    MINIPY_TRY(for_each_item(iterable, [&](Value item) -> Result<bool> {
        std::int64_t n = MINIPY_TRY(int_arg(item));
        if (n < 1 || n >= sig::kNsig)
            return rt::raise_error(rt::g_exc.ValueError, "signal number {} out of range [1; {}]",
                                   {std::to_string(n), std::to_string(sig::kNsig - 1)});
        sigaddset(&set, static_cast<int>(n));
        return true;
    }));
    return set;
}

// A sigset_t as a set of Signals members (ints for unnamed numbers).
Result<Value> sigset_to_set(const sigset_t& set) {
    rt::Root out(rt::make_set());
    for (int n = 1; n < sig::kNsig; ++n)
        if (sigismember(&set, n) == 1) MINIPY_TRY(out.as<rt::SetObject>()->add(signal_value(n)));
    return out.get();
}

// ---- signal, getsignal and the handlers ---------------------------------------

Result<Value> signal_signal(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "signal", 2, 2));
    MINIPY_TRY(rt::no_keywords(args, "signal"));
    if (!rt::on_main_thread())
        return rt::raise_error(rt::g_exc.ValueError, "signal only works in main thread of the main interpreter");
    Value handler = args[1];
    // CPython checks the handler before the number.
    if (!is_disposition(handler) && !rt::is_callable(handler))
        return rt::raise_error(rt::g_exc.TypeError,
                               "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    int signum = MINIPY_TRY(signum_arg(args[0]));
    // SIGNALS.md 12: a signal that tripped before this call reaches the old handler.
    MINIPY_TRY(sig::service_pending_signals());
    int rc = 0;
    if (is_disposition(handler)) {
        struct sigaction action {};
        action.sa_handler = handler.as<EnumMember>()->value == 0 ? SIG_DFL : SIG_IGN;
        sigemptyset(&action.sa_mask);
        rc = ::sigaction(signum, &action, nullptr);
    } else {
        rc = sig::install_c_handler(signum);
    }
    // SIGKILL and SIGSTOP: OSError [Errno 22] Invalid argument.
    if (rc != 0) return rt::raise_os_error(errno);
    Value old = sig::python_handler(signum);
    sig::set_python_handler(signum, handler);
    return old.is_null() ? Value::none() : old;
}

Result<Value> signal_getsignal(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "getsignal", 1, 1));
    int signum = MINIPY_TRY(signum_arg(args[0]));
    Value h = sig::python_handler(signum);
    // SIGNALS.md 5: None for a disposition not set from Python.
    return h.is_null() ? Value::none() : h;
}

// SIGNALS.md 17: KeyboardInterrupt() with empty args.
Result<Value> signal_default_int_handler(Value, const CallArgs&) {
    return rt::raise(rt::make_exception(rt::g_exc.KeyboardInterrupt, rt::empty_tuple()));
}

Result<Value> signal_raise_signal(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "raise_signal", 1, 1));
    int signum = MINIPY_TRY(signum_arg(args[0]));
    if (::raise(signum) != 0) return rt::raise_os_error(errno);
    // SIGNALS.md 13: the handler runs before raise_signal returns.
    MINIPY_TRY(sig::service_pending_signals());
    return Value::none();
}

Result<Value> signal_strsignal(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "strsignal", 1, 1));
    int signum = MINIPY_TRY(signum_arg(args[0]));
    const char* text = ::strsignal(signum);
    if (!text || std::strncmp(text, "Unknown signal", 14) == 0) return Value::none();
    return rt::make_str(text);
}

Result<Value> signal_valid_signals(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "valid_signals", 0, 0));
    sigset_t set;
    sigfillset(&set);
    return sigset_to_set(set);
}

// ---- waiting ---------------------------------------------------------------------

// Returns after one handler ran (pause(2) always ends with EINTR); a
// handler that raises makes pause raise.
Result<Value> signal_pause(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "pause", 0, 0));
    bool woke = false;
    // The retry after the handlers ran returns at once: pause is one wait.
    MINIPY_TRY(sig::retry_blocking([&]() -> long {
        if (woke) return 0;
        woke = true;
        return ::pause();
    }));
    return Value::none();
}

Result<Value> signal_sigwait(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "sigwait", 1, 1));
    sigset_t set = MINIPY_TRY(sigset_arg(args[0]));
    int signum = 0;
    // sigwait returns an error number instead of setting errno.
    long rc = MINIPY_TRY(sig::retry_blocking([&]() -> long {
        int err = ::sigwait(&set, &signum);
        if (err == 0) return 0;
        errno = err;
        return -1;
    }));
    if (rc < 0) return rt::raise_os_error(errno);
    return signal_value(signum);
}

// signal.struct_siginfo, what sigwaitinfo/sigtimedwait return: CPython's
// struct sequence of seven ints, indexable and with named fields.
constexpr const char* kSiginfoFields[] = {"si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band"};
constexpr std::int64_t kSiginfoSize = std::size(kSiginfoFields);

rt::TypeObject* siginfo_type();

struct SiginfoObject : rt::Object {
    std::int64_t fields[kSiginfoSize];
    explicit SiginfoObject(const siginfo_t& info)
        : Object(siginfo_type()),
          fields{info.si_signo, info.si_code, info.si_errno, info.si_pid, info.si_uid, info.si_status, info.si_band} {}
};

Result<Value> siginfo_repr(Value self) {
    std::string text = "signal.struct_siginfo(";
    for (std::int64_t i = 0; i < kSiginfoSize; ++i)
        text += std::string(i ? ", " : "") + kSiginfoFields[i] + "=" + std::to_string(self.as<SiginfoObject>()->fields[i]);
    return rt::make_str(text + ")");
}

Result<std::int64_t> siginfo_len(Value) { return kSiginfoSize; }

Result<Value> siginfo_getitem(Value self, Value key) {
    std::int64_t i = MINIPY_TRY(rt::as_index(key, "tuple indices"));
    if (i < 0) i += kSiginfoSize;
    if (i < 0 || i >= kSiginfoSize) return rt::raise_error(rt::g_exc.IndexError, "tuple index out of range");
    return rt::make_int(self.as<SiginfoObject>()->fields[i]);
}

Result<Value> siginfo_getattr(Value self, rt::StrObject* name) {
    for (std::int64_t i = 0; i < kSiginfoSize; ++i)
        if (name->view() == kSiginfoFields[i]) return rt::make_int(self.as<SiginfoObject>()->fields[i]);
    return rt::generic_getattr(self, name);
}

rt::TypeObject* siginfo_type() {
    static rt::TypeObject* type = [] {
        rt::TypeObject* t = rt::make_builtin_type("struct_siginfo", nullptr);
        t->slots.repr = siginfo_repr;
        t->slots.len = siginfo_len;
        t->slots.getitem = siginfo_getitem;
        t->slots.getattr = siginfo_getattr;
        return t;
    }();
    return type;
}

// sigwaitinfo/sigtimedwait: waits for a signal of [set] without running
// its handler; [timeout_ns] < 0 waits forever. None when the time is up.
// EINTR (another signal's handler ran) resumes with the time left.
Result<Value> wait_for_siginfo(const sigset_t& set, std::int64_t timeout_ns) {
    timespec deadline{};
    ::clock_gettime(CLOCK_MONOTONIC, &deadline);
    std::int64_t end_ns = static_cast<std::int64_t>(deadline.tv_sec) * 1'000'000'000 + deadline.tv_nsec + timeout_ns;
    siginfo_t info{};
    long rc = MINIPY_TRY(sig::retry_blocking([&]() -> long {
        if (timeout_ns < 0) return ::sigwaitinfo(&set, &info);
        timespec now{};
        ::clock_gettime(CLOCK_MONOTONIC, &now);
        std::int64_t left = std::max<std::int64_t>(0, end_ns - (static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec));
        timespec remaining{static_cast<time_t>(left / 1'000'000'000), static_cast<long>(left % 1'000'000'000)};
        return ::sigtimedwait(&set, &info, &remaining);
    }));
    if (rc < 0 && errno == EAGAIN) return Value::none();
    if (rc < 0) return rt::raise_os_error(errno);
    return Value::object(rt::make<SiginfoObject>(info));
}

Result<Value> signal_sigwaitinfo(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "sigwaitinfo", 1, 1));
    sigset_t set = MINIPY_TRY(sigset_arg(args[0]));
    return wait_for_siginfo(set, -1);
}

Result<Value> signal_sigtimedwait(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "sigtimedwait", 2, 2));
    sigset_t set = MINIPY_TRY(sigset_arg(args[0]));
    double timeout = MINIPY_TRY(rt::to_double(args[1]));
    if (timeout < 0) return rt::raise_error(rt::g_exc.ValueError, "timeout must be non-negative");
    return wait_for_siginfo(set, static_cast<std::int64_t>(timeout * 1e9));
}

// ---- masks -----------------------------------------------------------------------

Result<Value> signal_pthread_sigmask(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "pthread_sigmask", 2, 2));
    std::int64_t how = MINIPY_TRY(int_arg(args[0]));
    sigset_t set = MINIPY_TRY(sigset_arg(args[1]));
    sigset_t old;
    int err = ::pthread_sigmask(static_cast<int>(how), &set, &old);
    if (err != 0) return rt::raise_os_error(err);
    // SIGNALS.md 13: a signal unblocked here is handled before returning.
    MINIPY_TRY(sig::service_pending_signals());
    return sigset_to_set(old);
}

Result<Value> signal_pthread_kill(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "pthread_kill", 2, 2));
    // A thread id is a pthread_t, an address-sized number (threading.get_ident()).
    std::int64_t id = MINIPY_TRY(int_arg(args[0]));
    int signum = static_cast<int>(MINIPY_TRY(int_arg(args[1])));
    auto thread = static_cast<pthread_t>(id);
    int err = ::pthread_kill(thread, signum);
    if (err != 0) return rt::raise_os_error(err);
    MINIPY_TRY(sig::service_pending_signals());
    return Value::none();
}

Result<Value> signal_sigpending(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "sigpending", 0, 0));
    sigset_t set;
    if (::sigpending(&set) != 0) return rt::raise_os_error(errno);
    return sigset_to_set(set);
}

// ---- timers ------------------------------------------------------------------------

Result<Value> signal_alarm(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "alarm", 1, 1));
    std::int64_t seconds = MINIPY_TRY(int_arg(args[0]));
    // CPython passes the number on as an unsigned int, as this does.
    return rt::make_int(::alarm(static_cast<unsigned>(seconds)));
}

rt::Error raise_itimer_error(int err) {
    return rt::raise(rt::make_exception(g_itimer_error, rt::make_tuple({rt::make_int(err), rt::make_str(std::strerror(err))})));
}

timeval to_timeval(double seconds) {
    timeval tv{};
    tv.tv_sec = static_cast<time_t>(std::floor(seconds));
    tv.tv_usec = static_cast<suseconds_t>(std::ceil((seconds - static_cast<double>(tv.tv_sec)) * 1e6));
    if (tv.tv_usec >= 1000000) {
        tv.tv_sec += 1;
        tv.tv_usec -= 1000000;
    }
    return tv;
}

double from_timeval(const timeval& tv) { return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) * 1e-6; }

Value itimer_tuple(const itimerval& v) {
    return rt::make_tuple({Value::number(from_timeval(v.it_value)), Value::number(from_timeval(v.it_interval))});
}

Result<Value> signal_setitimer(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "setitimer", 2, 3));
    std::int64_t which = MINIPY_TRY(int_arg(args[0]));
    double seconds = MINIPY_TRY(rt::to_double(args[1]));
    double interval = args.nargs > 2 ? MINIPY_TRY(rt::to_double(args[2])) : 0.0;
    itimerval value{to_timeval(interval), to_timeval(seconds)};
    itimerval old{};
    if (::setitimer(static_cast<__itimer_which_t>(which), &value, &old) != 0) return raise_itimer_error(errno);
    return itimer_tuple(old);
}

Result<Value> signal_getitimer(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "getitimer", 1, 1));
    std::int64_t which = MINIPY_TRY(int_arg(args[0]));
    itimerval old{};
    if (::getitimer(static_cast<__itimer_which_t>(which), &old) != 0) return raise_itimer_error(errno);
    return itimer_tuple(old);
}

// ---- the wakeup fd, siginterrupt ---------------------------------------------------------

Result<Value> signal_set_wakeup_fd(Value, const CallArgs& args) {
    Value params[2];  // fd, warn_on_full_buffer (accepted, not used: no warnings module)
    MINIPY_TRY(rt::bind_args(args, "set_wakeup_fd", {"fd", "warn_on_full_buffer"}, 1, params));
    std::int64_t fd = MINIPY_TRY(int_arg(params[0]));
    if (!rt::on_main_thread())
        return rt::raise_error(rt::g_exc.ValueError, "set_wakeup_fd only works in main thread of the main interpreter");
    if (fd != -1) {
        struct stat st;
        if (::fstat(static_cast<int>(fd), &st) != 0) return rt::raise_os_error(errno);
        int flags = ::fcntl(static_cast<int>(fd), F_GETFL);
        if (flags < 0) return rt::raise_os_error(errno);
        // SIGNALS.md 20: the C handler must never block on a full pipe.
        if (!(flags & O_NONBLOCK))
            return rt::raise_error(rt::g_exc.ValueError, "the fd {} must be in non-blocking mode",
                                   {std::to_string(fd)});
    }
    return rt::make_int(sig::g_wakeup_fd.exchange(static_cast<int>(fd)));
}

Result<Value> signal_siginterrupt(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "siginterrupt", 2, 2));
    int signum = MINIPY_TRY(signum_arg(args[0]));
    bool flag = MINIPY_TRY(rt::truthy(args[1]));
    struct sigaction action {};
    if (::sigaction(signum, nullptr, &action) != 0) return rt::raise_os_error(errno);
    // flag true: system calls are interrupted (minipy's default); false: restarted.
    if (flag) action.sa_flags &= ~SA_RESTART;
    else action.sa_flags |= SA_RESTART;
    if (::sigaction(signum, &action, nullptr) != 0) return rt::raise_os_error(errno);
    return Value::none();
}

}  // namespace

rt::ModuleObject* make_signal_module() {
    auto* module = rt::make_module("signal").as<rt::ModuleObject>();
    rt::Root keep(Value::object(module));
    make_enum(g_signals, "Signals");
    make_enum(g_handlers, "Handlers");
    make_enum(g_sigmasks, "Sigmasks");
    for (const SignalName& s : kSignalNames) add_member(g_signals, module, s.name, s.value);
    add_member(g_signals, module, "SIGRTMIN", SIGRTMIN);
    add_member(g_signals, module, "SIGRTMAX", SIGRTMAX);
    add_member(g_handlers, module, "SIG_DFL", 0);
    add_member(g_handlers, module, "SIG_IGN", 1);
    add_member(g_sigmasks, module, "SIG_BLOCK", SIG_BLOCK);
    add_member(g_sigmasks, module, "SIG_UNBLOCK", SIG_UNBLOCK);
    add_member(g_sigmasks, module, "SIG_SETMASK", SIG_SETMASK);
    rt::set_attr_str(module, "Signals", Value::object(g_signals.type));
    rt::set_attr_str(module, "Handlers", Value::object(g_handlers.type));
    rt::set_attr_str(module, "Sigmasks", Value::object(g_sigmasks.type));
    rt::set_attr_str(module, "NSIG", rt::make_int(sig::kNsig));
    rt::set_attr_str(module, "ITIMER_REAL", rt::make_int(ITIMER_REAL));
    rt::set_attr_str(module, "ITIMER_VIRTUAL", rt::make_int(ITIMER_VIRTUAL));
    rt::set_attr_str(module, "ITIMER_PROF", rt::make_int(ITIMER_PROF));
    // CPython: ItimerError is signal.itimer_error, an OSError subclass.
    g_itimer_error = rt::make_builtin_type("signal.itimer_error", rt::g_exc.OSError);
    g_itimer_error->is_exception = true;
    g_itimer_error->slots = rt::g_exc.OSError->slots;
    rt::set_attr_str(module, "ItimerError", Value::object(g_itimer_error));

    struct Fn {
        const char* name;
        rt::NativeFn fn;
    };
    const Fn functions[] = {
        {"signal", signal_signal}, {"getsignal", signal_getsignal},
        {"default_int_handler", signal_default_int_handler}, {"raise_signal", signal_raise_signal},
        {"strsignal", signal_strsignal}, {"valid_signals", signal_valid_signals},
        {"alarm", signal_alarm}, {"pause", signal_pause}, {"setitimer", signal_setitimer},
        {"getitimer", signal_getitimer}, {"pthread_sigmask", signal_pthread_sigmask},
        {"pthread_kill", signal_pthread_kill}, {"sigpending", signal_sigpending},
        {"sigwait", signal_sigwait}, {"sigtimedwait", signal_sigtimedwait}, {"sigwaitinfo", signal_sigwaitinfo},
        {"set_wakeup_fd", signal_set_wakeup_fd}, {"siginterrupt", signal_siginterrupt},
    };
    for (const Fn& f : functions) rt::add_function(module, f.name, f.fn);

    // SIGNALS.md 5: what each disposition was when the module started:
    // SIG_DFL and SIG_IGN as Handlers members, anything else None.
    sig::set_disposition_test(is_disposition);
    for (int signum = 1; signum < sig::kNsig; ++signum) {
        struct sigaction current {};
        if (::sigaction(signum, nullptr, &current) != 0) continue;
        if (current.sa_handler == SIG_DFL) sig::set_python_handler(signum, handler_member(0));
        else if (current.sa_handler == SIG_IGN) sig::set_python_handler(signum, handler_member(1));
    }
    // SIGNALS.md 17: Ctrl-C raises KeyboardInterrupt unless the parent
    // started us with SIGINT ignored.
    if (is_disposition(sig::python_handler(SIGINT)) && sig::python_handler(SIGINT).as<EnumMember>()->value == 0 &&
        sig::install_c_handler(SIGINT) == 0) {
        Value handler = rt::getattr(Value::object(module), rt::intern("default_int_handler")).value();
        sig::set_python_handler(SIGINT, handler);
    }
    return module;
}

void init_signal_handling() {
    sig::record_main_thread();
    (void)builtin_module("signal");
}

}  // namespace minipy::stdlib
