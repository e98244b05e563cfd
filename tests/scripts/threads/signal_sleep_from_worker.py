# Blocking table: the main thread in time.sleep() is interrupted by a signal
# a worker sends: a raising handler's exception comes out of sleep at once;
# with a handler that returns, the sleep resumes and lasts its full time.
import os
import signal
import threading
import time

class Interrupted(Exception):
    pass

def raising(signum, frame):
    raise Interrupted("handler raised")

calls = []

def returning(signum, frame):
    calls.append(threading.current_thread().name)

def sender():
    time.sleep(0.05)  # makes it likely that main is asleep; same output if not
    os.kill(os.getpid(), signal.SIGUSR1)

signal.signal(signal.SIGUSR1, raising)
t = threading.Thread(target=sender)
start = time.monotonic()
try:
    t.start()
    time.sleep(30)
    print("not reached")
except Interrupted as e:
    print("sleep interrupted:", e)  # expect: sleep interrupted: handler raised
t.join()
print(time.monotonic() - start < 20)  # expect: True

signal.signal(signal.SIGUSR1, returning)
t = threading.Thread(target=sender)
start = time.monotonic()
t.start()
time.sleep(0.2)
elapsed = time.monotonic() - start
t.join()
print(elapsed >= 0.2, calls)  # expect: True ['MainThread']
