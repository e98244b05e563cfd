// stdlib/select_module.cpp: the `select` module: select.select() and
// select.poll() objects, both on ppoll(2) (so no FD_SETSIZE limit), and the
// POLL* constants; select.error is OSError. Waits follow PEP 475 through
// sig::retry_blocking: a handler that raises ends the wait with its
// exception; one that returns lets it resume with the time left until the
// original deadline.
#include <poll.h>
#include <time.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

#include "runtime/args.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "signal/blocking.h"
#include "stdlib/modules.h"

namespace minipy::stdlib {

using rt::CallArgs;
using rt::Result;
using rt::Value;

namespace {

constexpr std::int64_t kNsPerSec = 1'000'000'000;

std::int64_t monotonic_ns() {
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * kNsPerSec + ts.tv_nsec;
}

// Waits on [fds] for at most [timeout_ns] (negative: forever). EINTR runs
// the signal handlers (a raising one ends the wait with its exception),
// then the wait resumes with the time left until the original deadline.
Result<long> wait_fds(std::vector<pollfd>& fds, std::int64_t timeout_ns) {
    std::int64_t deadline = timeout_ns < 0 ? -1 : monotonic_ns() + timeout_ns;
    long r = MINIPY_TRY(sig::retry_blocking([&]() -> long {
        timespec ts{};
        timespec* tsp = nullptr;
        if (deadline >= 0) {
            std::int64_t left = std::max<std::int64_t>(0, deadline - monotonic_ns());
            ts.tv_sec = static_cast<time_t>(left / kNsPerSec);
            ts.tv_nsec = static_cast<long>(left % kNsPerSec);
            tsp = &ts;
        }
        return ::ppoll(fds.data(), static_cast<nfds_t>(fds.size()), tsp, nullptr);
    }));
    if (r < 0) return rt::raise_os_error(errno);
    return r;
}

// CPython's PyObject_AsFileDescriptor: an int, or what fileno() returns.
Result<int> fd_of(Value v) {
    Value n = v;
    if (!rt::is_int(n) && !n.is_bool()) {
        Value method = MINIPY_TRY(rt::getattr_or_null(v, rt::intern("fileno")));
        if (method.is_exhausted())
            return rt::raise_error(rt::g_exc.TypeError, "argument must be an int, or have a fileno() method.");
        n = MINIPY_TRY(rt::call0(method));
        if (!rt::is_int(n) && !n.is_bool())
            return rt::raise_error(rt::g_exc.TypeError, "fileno() returned a non-integer");
    }
    std::int64_t fd = 0;
    if (n.is_bool()) fd = n.is_true() ? 1 : 0;
    else if (!rt::int_to_int64(n, fd) || fd > INT32_MAX || fd < INT32_MIN)
        return rt::raise_error(rt::g_exc.OverflowError, "Python int too large to convert to C int");
    if (fd < 0)
        return rt::raise_error(rt::g_exc.ValueError, "file descriptor cannot be a negative integer ({})",
                               {std::to_string(fd)});
    return static_cast<int>(fd);
}

// A number of [unit]s per second as nanoseconds, rounded up (CPython's
// _PyTime_ROUND_TIMEOUT); TypeError [type_message] for anything else.
Result<std::int64_t> timeout_ns(Value v, double unit_ns, const char* type_message) {
    if (!v.is_double() && !rt::is_int(v) && !v.is_bool()) return rt::raise_error(rt::g_exc.TypeError, type_message);
    double t = MINIPY_TRY(rt::to_double(v));
    if (std::isnan(t)) return rt::raise_error(rt::g_exc.ValueError, "Invalid value NaN (not a number)");
    double ns = std::ceil(t * unit_ns);
    if (ns >= 9.2e18 || ns <= -9.2e18)
        return rt::raise_error(rt::g_exc.OverflowError, "timestamp too large to convert to C _PyTime_t");
    return static_cast<std::int64_t>(ns);
}

// ---- select.select ------------------------------------------------------------------

Result<Value> select_select(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "select", 3, 4));
    MINIPY_TRY(rt::no_keywords(args, "select"));
    std::int64_t timeout = -1;
    if (args.nargs == 4 && !args[3].is_none()) {
        timeout = MINIPY_TRY(timeout_ns(args[3], 1e9, "timeout must be a float or None"));
        if (timeout < 0) return rt::raise_error(rt::g_exc.ValueError, "timeout must be non-negative");
    }
    // The objects of the three lists, rooted: fileno() runs user code.
    std::vector<Value> objects[3];
    rt::RootVector keep0(objects[0]), keep1(objects[1]), keep2(objects[2]);
    std::vector<pollfd> fds;
    const short request[3] = {POLLIN, POLLOUT, POLLPRI};
    for (int k = 0; k < 3; ++k) {
        Value seq = args[static_cast<std::size_t>(k)];
        // CPython takes any iterable (PySequence_Fast).
        if (!seq.is_object()) return rt::raise_error(rt::g_exc.TypeError, "arguments 1-3 must be sequences");
        MINIPY_TRY(rt::extend_values(objects[k], seq));
        for (Value obj : objects[k]) {
            int fd = MINIPY_TRY(fd_of(obj));
            fds.push_back(pollfd{fd, request[k], 0});
        }
    }
    MINIPY_TRY(wait_fds(fds, timeout));
    const short ready[3] = {POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI};
    std::vector<Value> results;
    rt::RootVector keep_results(results);
    std::size_t next = 0;
    for (const pollfd& p : fds)
        if (p.revents & POLLNVAL) return rt::raise_os_error(EBADF);
    for (int k = 0; k < 3; ++k) {
        std::vector<Value> out;
        for (Value obj : objects[k])
            if (fds[next++].revents & ready[k]) out.push_back(obj);
        results.push_back(rt::make_list(std::move(out)));
    }
    return rt::make_tuple({results[0], results[1], results[2]});
}

// ---- select.poll objects ------------------------------------------------------------

rt::TypeObject* poll_type();

// The registered fds in registration order (CPython keeps them in a dict).
struct PollObject : rt::Object {
    std::vector<std::pair<int, short>> fds;
    PollObject() : Object(poll_type()) {}

    std::vector<std::pair<int, short>>::iterator find(int fd) {
        return std::find_if(fds.begin(), fds.end(), [fd](const auto& e) { return e.first == fd; });
    }
};

Result<PollObject*> self_poll(Value self, const char* method) {
    if (!rt::is_type(self, poll_type()))
        return rt::raise_error(rt::g_exc.TypeError, "descriptor '{}' for 'select.poll' objects doesn't apply to a '{}' object",
                               {method, rt::type_name(self)});
    return self.as<PollObject>();
}

Result<short> eventmask_arg(Value v) {
    if (!rt::is_int(v) && !v.is_bool())
        return rt::raise_error(rt::g_exc.TypeError, "'{}' object cannot be interpreted as an integer", {rt::type_name(v)});
    std::int64_t mask = 0;
    if (v.is_bool()) mask = v.is_true() ? 1 : 0;
    else if (!rt::int_to_int64(v, mask)) mask = -1;
    if (mask < 0) return rt::raise_error(rt::g_exc.OverflowError, "can't convert negative int to unsigned");
    if (mask > 0xFFFF) return rt::raise_error(rt::g_exc.OverflowError, "Python int too large for C unsigned short");
    return static_cast<short>(static_cast<unsigned short>(mask));
}

Result<Value> poll_register(Value self, const CallArgs& args) {
    PollObject* poll = MINIPY_TRY(self_poll(self, "register"));
    MINIPY_TRY(rt::check_positional(args, "register", 1, 2));
    MINIPY_TRY(rt::no_keywords(args, "register"));
    int fd = MINIPY_TRY(fd_of(args[0]));
    short mask = POLLIN | POLLPRI | POLLOUT;
    if (args.nargs == 2) mask = MINIPY_TRY(eventmask_arg(args[1]));
    auto it = poll->find(fd);
    if (it != poll->fds.end()) it->second = mask;
    else poll->fds.emplace_back(fd, mask);
    return Value::none();
}

Result<Value> poll_modify(Value self, const CallArgs& args) {
    PollObject* poll = MINIPY_TRY(self_poll(self, "modify"));
    MINIPY_TRY(rt::check_positional(args, "modify", 2, 2));
    MINIPY_TRY(rt::no_keywords(args, "modify"));
    int fd = MINIPY_TRY(fd_of(args[0]));
    short mask = MINIPY_TRY(eventmask_arg(args[1]));
    auto it = poll->find(fd);
    if (it == poll->fds.end()) return rt::raise_os_error(ENOENT);
    it->second = mask;
    return Value::none();
}

Result<Value> poll_unregister(Value self, const CallArgs& args) {
    PollObject* poll = MINIPY_TRY(self_poll(self, "unregister"));
    MINIPY_TRY(rt::check_positional(args, "unregister", 1, 1));
    int fd = MINIPY_TRY(fd_of(args[0]));
    auto it = poll->find(fd);
    if (it == poll->fds.end()) return rt::raise_key_error(rt::make_int(fd));
    poll->fds.erase(it);
    return Value::none();
}

// poll([timeout]): milliseconds; None or negative waits forever.
Result<Value> poll_poll(Value self, const CallArgs& args) {
    PollObject* poll = MINIPY_TRY(self_poll(self, "poll"));
    MINIPY_TRY(rt::check_positional(args, "poll", 0, 1));
    MINIPY_TRY(rt::no_keywords(args, "poll"));
    std::int64_t timeout = -1;
    if (args.nargs == 1 && !args[0].is_none()) {
        timeout = MINIPY_TRY(timeout_ns(args[0], 1e6, "timeout must be an integer or None"));
        if (timeout < 0) timeout = -1;
    }
    std::vector<pollfd> fds;
    for (const auto& [fd, mask] : poll->fds) fds.push_back(pollfd{fd, mask, 0});
    MINIPY_TRY(wait_fds(fds, timeout));
    std::vector<Value> out;
    rt::RootVector keep(out);
    for (const pollfd& p : fds)
        if (p.revents)
            out.push_back(rt::make_tuple({rt::make_int(p.fd), rt::make_int(static_cast<unsigned short>(p.revents))}));
    return rt::make_list(std::move(out));
}

rt::TypeObject* poll_type() {
    static rt::TypeObject* type = [] {
        rt::TypeObject* t = rt::make_builtin_type("poll", nullptr);
        rt::add_method(t, "register", poll_register);
        rt::add_method(t, "modify", poll_modify);
        rt::add_method(t, "unregister", poll_unregister);
        rt::add_method(t, "poll", poll_poll);
        return t;
    }();
    return type;
}

Result<Value> select_poll(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "poll", 0, 0));
    return Value::object(rt::make<PollObject>());
}

}  // namespace

rt::ModuleObject* make_select_module() {
    auto* module = rt::make_module("select").as<rt::ModuleObject>();
    rt::Root keep(Value::object(module));
    rt::add_function(module, "select", select_select);
    rt::add_function(module, "poll", select_poll);
    rt::set_attr_str(module, "error", Value::object(rt::g_exc.OSError));
    const std::pair<const char*, int> constants[] = {
        {"POLLIN", POLLIN},   {"POLLOUT", POLLOUT}, {"POLLPRI", POLLPRI},
        {"POLLERR", POLLERR}, {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL},
    };
    for (const auto& [name, value] : constants) rt::set_attr_str(module, name, rt::make_int(value));
    return module;
}

}  // namespace minipy::stdlib
