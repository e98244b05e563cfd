# Blocking table: a handler that returns lets the main thread's blocked
# Lock.acquire() / acquire(timeout=30) / RLock.acquire() resume; each
# completes when the worker releases the lock, which it does only after the
# handler has run (it waits for an Event the handler sets).
import os
import signal
import threading
import time

calls = []
held = threading.Event()
handled = threading.Event()

def handler(signum, frame):
    calls.append(threading.current_thread().name)
    handled.set()

def holder(lock):
    lock.acquire()
    held.set()
    time.sleep(0.05)  # makes it likely that main is blocked; same output if not
    os.kill(os.getpid(), signal.SIGUSR1)
    handled.wait()
    lock.release()

def blocked_acquire(lock, **kwargs):
    held.clear()
    handled.clear()
    t = threading.Thread(target=holder, args=(lock,))
    t.start()
    held.wait()
    got = lock.acquire(**kwargs)
    lock.release()
    t.join()
    return got

signal.signal(signal.SIGUSR1, handler)
print(blocked_acquire(threading.Lock()))  # expect: True
print(blocked_acquire(threading.Lock(), timeout=30))  # expect: True
print(blocked_acquire(threading.RLock()))  # expect: True
print(calls)  # expect: ['MainThread', 'MainThread', 'MainThread']
