# Blocking table: the main thread blocked in Event.wait() is interrupted by
# a signal a worker sends; the handler's exception comes out of wait().
import os
import signal
import threading
import time

class Interrupted(Exception):
    pass

def handler(signum, frame):
    raise Interrupted("handler raised")

ev = threading.Event()
release = threading.Event()

def worker():
    time.sleep(0.05)  # makes it likely that main is in wait(); same output if not
    os.kill(os.getpid(), signal.SIGUSR1)
    release.wait()

signal.signal(signal.SIGUSR1, handler)
t = threading.Thread(target=worker)
try:
    t.start()
    ev.wait()
    print("not reached")
except Interrupted as e:
    print("wait interrupted:", e)  # expect: wait interrupted: handler raised
print(ev.is_set())  # expect: False
release.set()
t.join()
ev.set()
print(ev.wait())  # expect: True
