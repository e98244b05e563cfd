# stdlib/threading.py: the `threading` module, frozen into the binary and
# written in Python on top of the native `_thread` module. It reproduces the
# observable behaviour of CPython 3.11's threading (names, reprs, error
# messages, the report of an exception escaping run(), joining at exit).
#
# Every blocking wait ends in acquire() on a `_thread` lock, never in a sleep
# loop: those acquires are where the interpreter lets signal handlers run in
# the main thread, so Ctrl-C interrupts join(), Event.wait() and the rest.

import sys as _sys
import time as _time
import _thread

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX

Lock = _allocate_lock


def RLock():
    return _thread.RLock()


# --- Thread registry ------------------------------------------------------
#
# _limbo holds threads between start() and the moment their new thread runs;
# _active maps the ident of every running thread (including the main and the
# dummy threads) to its Thread object. _limbo is keyed by id() so that a
# Thread subclass defining __eq__ or __hash__ cannot disturb the registry.
# _shutdown_locks holds, in start order, the tstate locks of non-daemon threads
# that _shutdown() must wait for. _counter numbers default thread names.
# _registry_lock guards all four; it is never held while calling out.

_registry_lock = _allocate_lock()
_active = {}
_limbo = {}
_shutdown_locks = []
_counter = 0


def _newname(template):
    global _counter
    with _registry_lock:
        _counter += 1
        return template % _counter


def _register_shutdown_lock(lock):
    # Locks of threads that have ended are unlocked: drop them here so a
    # program starting many short threads does not grow the list forever.
    global _shutdown_locks
    with _registry_lock:
        _shutdown_locks = [held for held in _shutdown_locks if held.locked()]
        _shutdown_locks.append(lock)


def _release_tstate_lock(lock):
    # An interrupted join() releases the tstate lock of a thread that may still
    # be running (see Thread._wait_for_tstate_lock), so whoever releases it
    # later may find it already released.
    try:
        lock.release()
    except RuntimeError:
        pass


# --- Condition, Semaphore, Event ------------------------------------------

class Condition:
    """A condition variable: each waiting thread blocks on a lock of its own,
    which notify() releases."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock must be fully released while waiting, whatever its
        # recursion depth, and restored afterwards; it knows how to do that
        # itself. Any other lock falls back to the plain methods below.
        try:
            self._release_save = lock._release_save
            self._acquire_restore = lock._acquire_restore
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, exc_type, exc_value, exc_tb):
        return self._lock.__exit__(exc_type, exc_value, exc_tb)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: if it can be taken now, the
        # caller did not hold it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            # Also on KeyboardInterrupt: the caller expects to hold the lock
            # again, and a waiter nobody will release must leave the queue.
            self._acquire_restore(state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        deadline = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if deadline is None:
                    deadline = _time.monotonic() + waittime
                else:
                    waittime = deadline - _time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # Released by an earlier notify() that was interrupted (by a
                # signal handler raising) before it could dequeue it.
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore:
    """A counter that acquire() decrements, blocking while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = type(self)
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time.monotonic() + timeout
                    else:
                        timeout = deadline - _time.monotonic()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        cls = type(self)
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: "
                f"value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait on until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        status = "set" if self._flag else "unset"
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# --- Exceptions escaping run() --------------------------------------------

class ExceptHookArgs:
    """What excepthook receives: built from the sequence
    (exc_type, exc_value, exc_traceback, thread)."""

    def __init__(self, args):
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = args

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % (self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def excepthook(args):
    """Report an exception that escaped Thread.run() on sys.stderr."""
    # Only SystemExit itself is silent: CPython reports its subclasses.
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    # CPython prints the traceback with the built-in display even when the
    # program has replaced sys.excepthook.
    _sys.__excepthook__(args.exc_type, args.exc_value, args.exc_traceback)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    # Looked up at each call: programs replace threading.excepthook.
    hook = excepthook
    args = ExceptHookArgs([type(exc), exc, exc.__traceback__, thread])
    try:
        hook(args)
    except Exception as hook_exc:
        # Shown alone, not as raised "during handling" of the thread's error.
        hook_exc.__suppress_context__ = True
        print("Exception in threading.excepthook:", file=_sys.stderr, flush=True)
        _sys.excepthook(type(hook_exc), hook_exc, hook_exc.__traceback__)


# --- Threads --------------------------------------------------------------

class Thread:
    """A thread of control; pass a target or override run()."""

    # Lets start() and the properties detect a subclass whose __init__
    # forgot to call Thread.__init__.
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        # Stands in for CPython's thread-state lock: the thread holds it from
        # its first instruction until after it has left _active, so joiners
        # blocked on it wake only once the thread is truly gone.
        self._tstate_lock = None
        self._is_stopped = False
        self._started = Event()
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # notices a thread that has ended since last asked
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _limbo[id(self)] = self
        try:
            _start_new_thread(self._bootstrap_inner, ())
        except Exception:
            with _registry_lock:
                del _limbo[id(self)]
            raise
        self._started.wait()

    def _bootstrap_inner(self):
        # First code run by the new thread. The names of this method and of
        # run(), and the lines calling them, appear in the traceback of an
        # exception escaping run(), as in CPython's report.
        tstate_lock = _allocate_lock()
        tstate_lock.acquire()
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            self._tstate_lock = tstate_lock
            if not self._daemonic:
                _register_shutdown_lock(tstate_lock)
            with _registry_lock:
                _active[self._ident] = self
                del _limbo[id(self)]
            self._started.set()
            try:
                self.run()
            except BaseException as exc:
                _invoke_excepthook(self, exc)
            finally:
                with _registry_lock:
                    _active.pop(self._ident, None)
        finally:
            _release_tstate_lock(tstate_lock)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references so the arguments can be freed while the
            # Thread object itself lives on.
            del self._target, self._args, self._kwargs

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            return
        try:
            if lock.acquire(block, timeout):
                _release_tstate_lock(lock)
                self._stop()
        except BaseException:
            # The wait failed (a signal handler raised, say Ctrl-C's
            # KeyboardInterrupt, or the timeout was out of range). CPython
            # 3.11 then releases the lock if it is held, by this thread or by
            # the one still running, and counts the thread as stopped: from
            # then on is_alive() is False and the exit does not wait for it.
            if lock.locked():
                _release_tstate_lock(lock)
                self._stop()
            raise

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic


class _MainThread(Thread):
    """The thread that imported this module, i.e. the interpreter's main
    thread; _shutdown() marks it stopped."""

    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _registry_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started without this module (directly through
    _thread). It is alive and a daemon for ever: nothing tells this module
    when such a thread ends, so, as in CPython 3.11, it stays in _active."""

    def __init__(self):
        super().__init__(name=_newname("Dummy-%d"), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _registry_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        # CPython 3.11 asserts here rather than raising RuntimeError.
        raise AssertionError("cannot join a dummy thread")


# --- Module-level functions -----------------------------------------------

def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def main_thread():
    return _main_thread


def active_count():
    with _registry_lock:
        return len(_active) + len(_limbo)


def enumerate():
    with _registry_lock:
        return list(_active.values()) + list(_limbo.values())


def _shutdown():
    """Called by the interpreter once the main module has finished: marks
    the main thread stopped, then waits for every non-daemon thread."""
    global _shutdown_locks
    if _main_thread._is_stopped:
        # Already done: the program called it before the interpreter did.
        return
    if _main_thread._ident == get_ident():
        # Wakes threads that are joining the main thread.
        _release_tstate_lock(_main_thread._tstate_lock)
        _main_thread._stop()
    # Threads being waited for may start more threads: repeat until a pass
    # finds none.
    while True:
        with _registry_lock:
            locks = _shutdown_locks
            _shutdown_locks = []
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            _release_tstate_lock(lock)


_main_thread = _MainThread()
