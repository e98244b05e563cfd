# Blocking table: the main thread blocked in Condition.wait() is interrupted
# by a signal a worker sends; the handler's exception comes out of wait(),
# which has taken the condition's lock back (notify() works, and the with
# block releases it).
import os
import signal
import threading
import time

class Interrupted(Exception):
    pass

def handler(signum, frame):
    raise Interrupted("handler raised")

cond = threading.Condition(threading.Lock())
release = threading.Event()

def worker():
    time.sleep(0.05)  # makes it likely that main is in wait(); same output if not
    os.kill(os.getpid(), signal.SIGUSR1)
    release.wait()

signal.signal(signal.SIGUSR1, handler)
t = threading.Thread(target=worker)
with cond:
    try:
        t.start()
        cond.wait()
        print("not reached")
    except Interrupted as e:
        print("wait interrupted:", e)  # expect: wait interrupted: handler raised
    cond.notify()
    print("lock held again")  # expect: lock held again
release.set()
t.join()
print(cond.acquire(False))  # expect: True
cond.release()
