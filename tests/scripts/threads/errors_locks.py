# Lock, RLock and Condition misuse: releasing an unlocked Lock, releasing an
# RLock not owned (never acquired, or held by another thread), Condition
# wait/notify without the lock, bad acquire arguments.
import threading

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

lock = threading.Lock()
attempt(lock.release)  # expect: RuntimeError: release unlocked lock
attempt(lock.acquire, False, 1)  # expect: ValueError: can't specify a timeout for a non-blocking call
attempt(lock.acquire, timeout=-2)  # expect: ValueError: timeout value must be positive
print(lock.locked())  # expect: False

rl = threading.RLock()
attempt(rl.release)  # expect: RuntimeError: cannot release un-acquired lock
rl.acquire()
rl.release()
attempt(rl.release)  # expect: RuntimeError: cannot release un-acquired lock

rl.acquire()
errors = []

def release_foreign():
    try:
        rl.release()
    except RuntimeError as e:
        errors.append(str(e))
    errors.append(rl.acquire(False))

t = threading.Thread(target=release_foreign)
t.start()
t.join()
print(errors)  # expect: ['cannot release un-acquired lock', False]
rl.release()

cond = threading.Condition()
attempt(cond.wait)  # expect: RuntimeError: cannot wait on un-acquired lock
attempt(cond.wait, 0.01)  # expect: RuntimeError: cannot wait on un-acquired lock
attempt(cond.wait_for, lambda: False)  # expect: RuntimeError: cannot wait on un-acquired lock
attempt(cond.notify)  # expect: RuntimeError: cannot notify on un-acquired lock
attempt(cond.notify_all)  # expect: RuntimeError: cannot notify on un-acquired lock
attempt(threading.Condition(threading.Lock()).wait)  # expect: RuntimeError: cannot wait on un-acquired lock
with cond:
    cond.notify()
    cond.notify_all()
print("notify with the lock held: fine")  # expect: notify with the lock held: fine
