# Blocking table: the main thread blocked in Thread.join() is interrupted by
# a signal the worker sends; the handler's exception comes out of join().
# The worker then waits to be released, and a second join() succeeds.
# (is_alive() right after the interrupted join is not checked: the except
# clause CPython 3.11 added to Thread._wait_for_tstate_lock for bpo-45274
# then marks the still-running worker as stopped.)
import os
import signal
import threading
import time

class Interrupted(Exception):
    pass

def handler(signum, frame):
    raise Interrupted(threading.current_thread().name)

release = threading.Event()

def worker():
    time.sleep(0.05)  # makes it likely that main is in join(); same output if not
    os.kill(os.getpid(), signal.SIGUSR1)
    release.wait()

signal.signal(signal.SIGUSR1, handler)
t = threading.Thread(target=worker)
try:
    t.start()
    t.join()
    print("not reached")
except Interrupted as e:
    print("join interrupted in", e)  # expect: join interrupted in MainThread
release.set()
t.join()
print(t.is_alive())  # expect: False
