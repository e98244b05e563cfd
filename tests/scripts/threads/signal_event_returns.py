# Blocking table: a handler that returns lets the main thread's blocked
# Event.wait() (and wait(timeout)) resume; it returns True when the worker
# sets the event, which it does only after the handler has run.
import os
import signal
import threading
import time

calls = []
handled = threading.Event()

def handler(signum, frame):
    calls.append(threading.current_thread().name)
    handled.set()

def worker(ev):
    time.sleep(0.05)  # makes it likely that main is in wait(); same output if not
    os.kill(os.getpid(), signal.SIGUSR1)
    handled.wait()
    ev.set()

signal.signal(signal.SIGUSR1, handler)
for timeout in (None, 30):
    handled.clear()
    ev = threading.Event()
    t = threading.Thread(target=worker, args=(ev,))
    t.start()
    print(ev.wait(timeout))
    t.join()
# expect: True
# expect: True
print(calls)  # expect: ['MainThread', 'MainThread']
