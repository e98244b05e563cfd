# Blocking table: a handler that returns lets the main thread's blocked
# Condition.wait() resume; the worker takes the lock, sets the flag and
# notifies only after the handler has run.
import os
import signal
import threading
import time

calls = []
handled = threading.Event()

def handler(signum, frame):
    calls.append(threading.current_thread().name)
    handled.set()

cond = threading.Condition()
ready = []

def worker():
    time.sleep(0.05)  # makes it likely that main is in wait(); same output if not
    os.kill(os.getpid(), signal.SIGUSR1)
    handled.wait()
    with cond:
        ready.append("flag")
        cond.notify()

signal.signal(signal.SIGUSR1, handler)
t = threading.Thread(target=worker)
with cond:
    t.start()
    while not ready:
        cond.wait()
    print(ready)  # expect: ['flag']
t.join()
print(calls)  # expect: ['MainThread']
