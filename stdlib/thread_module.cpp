// stdlib/thread_module.cpp: the `_thread` module, the native layer under
// stdlib/threading.py: starting threads, thread idents, interrupt_main, and
// the two lock types. A lock is a POSIX semaphore, as in CPython: a wait
// releases the GIL and, in the main thread, returns EINTR when a signal
// arrives, so the Python handlers run and a raising one (Ctrl-C) ends the
// wait, while a returning one lets it resume until the original deadline.
#include <cerrno>
#include <cmath>
#include <ctime>
#include <semaphore.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "signal/blocking.h"
#include "signal/handler.h"
#include "signal/pending.h"
#include "stdlib/modules.h"
#include "stdlib/special_methods.h"
#include "vm/vm_thread.h"

namespace minipy::stdlib {

using rt::CallArgs;
using rt::Result;
using rt::Value;

namespace {

// CPython's PY_TIMEOUT_MAX in seconds on 64-bit Linux.
constexpr double kTimeoutMax = 9223372036.0;

// A wait on [sem]: forever when [timeout] < 0, a poll when 0, else up to
// [timeout] seconds. True if the semaphore was taken.
Result<bool> wait_semaphore(sem_t* sem, double timeout) {
    // The uncontended case never releases the GIL.
    if (::sem_trywait(sem) == 0) return true;
    if (timeout == 0) return false;
    timespec deadline = sig::monotonic_deadline(timeout > 0 ? timeout : 0);
    long r = MINIPY_TRY(sig::retry_blocking([&] {
        return timeout < 0 ? ::sem_wait(sem) : ::sem_clockwait(sem, CLOCK_MONOTONIC, &deadline);
    }));
    if (r == 0) return true;
    if (errno == ETIMEDOUT) return false;
    return rt::raise_os_error(errno);
}

// acquire(blocking=True, timeout=-1) as a timeout for wait_semaphore,
// with CPython's checks and messages.
Result<double> acquire_timeout(const CallArgs& args) {
    Value params[2];
    MINIPY_TRY(rt::bind_args(args, "acquire", {"blocking", "timeout"}, 0, params));
    bool blocking = params[0].is_null() ? true : MINIPY_TRY(rt::truthy(params[0]));
    double timeout = params[1].is_null() ? -1 : MINIPY_TRY(rt::to_double(params[1]));
    if (!blocking && timeout != -1)
        return rt::raise_error(rt::g_exc.ValueError, "can't specify a timeout for a non-blocking call");
    if (timeout < 0 && timeout != -1) return rt::raise_error(rt::g_exc.ValueError, "timeout value must be positive");
    if (!blocking) return 0.0;
    if (timeout * 1e9 > 9.2e18) return rt::raise_error(rt::g_exc.OverflowError, "timestamp out of range for platform time_t");
    if (timeout > kTimeoutMax) return rt::raise_error(rt::g_exc.OverflowError, "timeout value is too large");
    return timeout;
}

std::string address_of(Value v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(v.as_object()));
    return buf;
}

// ---- _thread.lock ------------------------------------------------------------------

rt::TypeObject* lock_type();

struct LockObject : rt::Object {
    sem_t sem;
    // The truth for release() and locked(); the semaphore only blocks.
    bool locked = false;
    LockObject() : Object(lock_type()) { ::sem_init(&sem, 0, 1); }
    ~LockObject() override { ::sem_destroy(&sem); }
};

// The receiver of a lock method, checked as CPython's method descriptors do.
template <class Lock>
Result<Lock*> receiver(Value self, rt::TypeObject* type, const char* method) {
    if (!rt::is_type(self, type))
        return rt::raise_error(rt::g_exc.TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                               {method, type->qualname, rt::type_name(self)});
    return self.as<Lock>();
}

Result<LockObject*> self_lock(Value self, const char* method) { return receiver<LockObject>(self, lock_type(), method); }

Result<Value> lock_acquire(Value self, const CallArgs& args) {
    LockObject* lock = MINIPY_TRY(self_lock(self, "acquire"));
    double timeout = MINIPY_TRY(acquire_timeout(args));
    rt::Root keep(self);
    bool got = MINIPY_TRY(wait_semaphore(&lock->sem, timeout));
    if (got) lock->locked = true;
    return Value::boolean(got);
}

Result<Value> lock_release(Value self, const CallArgs& args) {
    LockObject* lock = MINIPY_TRY(self_lock(self, "release"));
    MINIPY_TRY(rt::check_positional(args, "release", 0, 0));
    if (!lock->locked) return rt::raise_error(rt::g_exc.RuntimeError, "release unlocked lock");
    lock->locked = false;
    ::sem_post(&lock->sem);
    return Value::none();
}

Result<Value> lock_exit(Value self, const CallArgs&) { return lock_release(self, CallArgs{}); }

Result<Value> lock_locked(Value self, const CallArgs& args) {
    LockObject* lock = MINIPY_TRY(self_lock(self, "locked"));
    MINIPY_TRY(rt::check_positional(args, "locked", 0, 0));
    return Value::boolean(lock->locked);
}

Result<Value> lock_repr(Value self) {
    auto* lock = self.as<LockObject>();
    return rt::make_str(std::string("<") + (lock->locked ? "locked" : "unlocked") + " _thread.lock object at " +
                        address_of(self) + ">");
}

Result<Value> make_lock(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "allocate_lock", 0, 0));
    return Value::object(rt::make<LockObject>());
}

rt::TypeObject* lock_type() {
    static rt::TypeObject* type = [] {
        rt::TypeObject* t = rt::make_builtin_type("lock", nullptr);
        t->qualname = "_thread.lock";
        t->slots.repr = lock_repr;
        rt::add_method(t, "acquire", lock_acquire);
        rt::add_method(t, "__enter__", lock_acquire);
        rt::add_method(t, "release", lock_release);
        rt::add_method(t, "__exit__", lock_exit);
        rt::add_method(t, "locked", lock_locked);
        return t;
    }();
    return type;
}

// ---- _thread.RLock -----------------------------------------------------------------

rt::TypeObject* rlock_type();

struct RLockObject : rt::Object {
    sem_t sem;
    unsigned long owner = 0;  // ident of the owning thread while count > 0
    std::uint64_t count = 0;
    RLockObject() : Object(rlock_type()) { ::sem_init(&sem, 0, 1); }
    ~RLockObject() override { ::sem_destroy(&sem); }
    bool owned_by_caller() const { return count > 0 && owner == rt::g_thread->ident; }
};

Result<RLockObject*> self_rlock(Value self, const char* method) {
    return receiver<RLockObject>(self, rlock_type(), method);
}

Result<Value> rlock_acquire(Value self, const CallArgs& args) {
    RLockObject* lock = MINIPY_TRY(self_rlock(self, "acquire"));
    double timeout = MINIPY_TRY(acquire_timeout(args));
    if (lock->owned_by_caller()) {
        ++lock->count;
        return Value::boolean(true);
    }
    rt::Root keep(self);
    bool got = MINIPY_TRY(wait_semaphore(&lock->sem, timeout));
    if (got) {
        lock->owner = rt::g_thread->ident;
        lock->count = 1;
    }
    return Value::boolean(got);
}

Result<Value> rlock_release(Value self, const CallArgs& args) {
    RLockObject* lock = MINIPY_TRY(self_rlock(self, "release"));
    MINIPY_TRY(rt::check_positional(args, "release", 0, 0));
    if (!lock->owned_by_caller()) return rt::raise_error(rt::g_exc.RuntimeError, "cannot release un-acquired lock");
    if (--lock->count == 0) {
        lock->owner = 0;
        ::sem_post(&lock->sem);
    }
    return Value::none();
}

Result<Value> rlock_exit(Value self, const CallArgs&) { return rlock_release(self, CallArgs{}); }

Result<Value> rlock_is_owned(Value self, const CallArgs&) {
    RLockObject* lock = MINIPY_TRY(self_rlock(self, "_is_owned"));
    return Value::boolean(lock->owned_by_caller());
}

// Condition.wait on an RLock: give it up entirely, remembering the depth.
Result<Value> rlock_release_save(Value self, const CallArgs&) {
    RLockObject* lock = MINIPY_TRY(self_rlock(self, "_release_save"));
    if (lock->count == 0) return rt::raise_error(rt::g_exc.RuntimeError, "cannot release un-acquired lock");
    Value state = rt::make_tuple({rt::make_int(static_cast<std::int64_t>(lock->count)),
                                  rt::make_int(static_cast<std::int64_t>(lock->owner))});
    lock->count = 0;
    lock->owner = 0;
    ::sem_post(&lock->sem);
    return state;
}

Result<Value> rlock_acquire_restore(Value self, const CallArgs& args) {
    RLockObject* lock = MINIPY_TRY(self_rlock(self, "_acquire_restore"));
    MINIPY_TRY(rt::check_positional(args, "_acquire_restore", 1, 1));
    Value state = args[0];
    if (!rt::is_type(state, rt::g_types.tuple) || state.as<rt::TupleObject>()->size() != 2)
        return rt::raise_error(rt::g_exc.TypeError, "_acquire_restore() argument 1 must be tuple");
    std::int64_t count = 0, owner = 0;
    auto* t = state.as<rt::TupleObject>();
    if (!rt::int_to_int64(t->items[0], count) || !rt::int_to_int64(t->items[1], owner))
        return rt::raise_error(rt::g_exc.TypeError, "_acquire_restore() argument 1 must be (int, int)");
    rt::Root keep(self);
    MINIPY_TRY(wait_semaphore(&lock->sem, -1));
    lock->count = static_cast<std::uint64_t>(count);
    lock->owner = static_cast<unsigned long>(owner);
    return Value::none();
}

Result<Value> rlock_repr(Value self) {
    auto* lock = self.as<RLockObject>();
    return rt::make_str(std::string("<") + (lock->count ? "locked" : "unlocked") + " _thread.RLock object owner=" +
                        std::to_string(lock->owner) + " count=" + std::to_string(lock->count) + " at " + address_of(self) +
                        ">");
}

Result<Value> rlock_construct(rt::TypeObject*, const CallArgs&) { return Value::object(rt::make<RLockObject>()); }

rt::TypeObject* rlock_type() {
    static rt::TypeObject* type = [] {
        rt::TypeObject* t = rt::make_builtin_type("RLock", nullptr);
        t->qualname = "_thread.RLock";
        t->slots.repr = rlock_repr;
        t->slots.construct = rlock_construct;
        rt::add_method(t, "acquire", rlock_acquire);
        rt::add_method(t, "__enter__", rlock_acquire);
        rt::add_method(t, "release", rlock_release);
        rt::add_method(t, "__exit__", rlock_exit);
        rt::add_method(t, "_is_owned", rlock_is_owned);
        rt::add_method(t, "_release_save", rlock_release_save);
        rt::add_method(t, "_acquire_restore", rlock_acquire_restore);
        return t;
    }();
    return type;
}

// ---- threads -----------------------------------------------------------------------

Result<Value> thread_start_new_thread(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "start_new_thread", 2, 3));
    if (!rt::is_callable(args[0])) return rt::raise_error(rt::g_exc.TypeError, "first arg must be callable");
    if (!rt::is_type(args[1], rt::g_types.tuple)) return rt::raise_error(rt::g_exc.TypeError, "2nd arg must be a tuple");
    Value kwargs = args.nargs == 3 ? args[2] : Value::null();
    if (!kwargs.is_null() && !rt::is_type(kwargs, rt::g_types.dict))
        return rt::raise_error(rt::g_exc.TypeError, "optional 3rd arg must be a dictionary");
    return vm::start_new_thread(args[0], args[1], kwargs);
}

Result<Value> thread_get_ident(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "get_ident", 0, 0));
    return rt::make_int(static_cast<std::int64_t>(rt::g_thread->ident));
}

Result<Value> thread_get_native_id(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "get_native_id", 0, 0));
    return rt::make_int(::gettid());
}

Result<Value> thread_count(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "_count", 0, 0));
    return rt::make_int(vm::running_threads());
}

// As if [signum] (SIGINT by default) arrived: CPython runs its Python
// handler in the main thread and ignores the call for SIG_DFL/SIG_IGN.
// minipy also wakes a main thread blocked in a wait, as a real signal does.
Result<Value> thread_interrupt_main(Value, const CallArgs& args) {
    Value params[1];
    MINIPY_TRY(rt::bind_args(args, "interrupt_main", {"signum"}, 0, params));
    std::int64_t signum = SIGINT;
    if (!params[0].is_null()) {
        // A Signals member is an int-like enum: take its __index__.
        Value n = MINIPY_TRY(index_value(params[0]));
        if (!rt::int_to_int64(n, signum)) signum = -1;
    }
    if (signum < 1 || signum >= sig::kNsig) return rt::raise_error(rt::g_exc.ValueError, "signal number out of range");
    int n = static_cast<int>(signum);
    if (!sig::has_python_handler(n)) return Value::none();
    sig::trip_signal(n);
    if (!rt::on_main_thread()) sig::wake_main_thread(n);
    return Value::none();
}

}  // namespace

rt::ModuleObject* make_thread_module() {
    auto* module = rt::make_module("_thread").as<rt::ModuleObject>();
    rt::Root keep(Value::object(module));
    rt::add_function(module, "start_new_thread", thread_start_new_thread);
    rt::add_function(module, "allocate_lock", make_lock);
    rt::add_function(module, "get_ident", thread_get_ident);
    rt::add_function(module, "get_native_id", thread_get_native_id);
    rt::add_function(module, "_count", thread_count);
    rt::add_function(module, "interrupt_main", thread_interrupt_main);
    rt::set_attr_str(module, "LockType", Value::object(lock_type()));
    rt::set_attr_str(module, "RLock", Value::object(rlock_type()));
    rt::set_attr_str(module, "error", Value::object(rt::g_exc.RuntimeError));
    rt::set_attr_str(module, "TIMEOUT_MAX", Value::number(kTimeoutMax));
    return module;
}

}  // namespace minipy::stdlib
