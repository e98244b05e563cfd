# Blocking table: a handler that returns lets the main thread's blocked
# Thread.join() (and join(timeout)) resume; it returns once the worker ends,
# which it does only after the handler has run.
import os
import signal
import threading
import time

calls = []
handled = threading.Event()

def handler(signum, frame):
    calls.append(threading.current_thread().name)
    handled.set()

def worker():
    time.sleep(0.05)  # makes it likely that main is in join(); same output if not
    os.kill(os.getpid(), signal.SIGUSR1)
    handled.wait()

signal.signal(signal.SIGUSR1, handler)
t = threading.Thread(target=worker)
t.start()
print(t.join())  # expect: None
print(t.is_alive(), calls)  # expect: False ['MainThread']
handled.clear()
t = threading.Thread(target=worker)
t.start()
t.join(30)
print(t.is_alive(), calls)  # expect: False ['MainThread', 'MainThread']
