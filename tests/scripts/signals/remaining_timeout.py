# SIGNALS.md 16 and the blocking-call table: with a handler that returns,
# a timed wait resumes with the *remaining* time (deadline from the original
# start). SIGALRM comes every 20 ms during each 0.2 s wait: a wait restarted
# with its full timeout would never end; each ends after >= 0.2 s.
import os
import select
import signal
import threading
import time

calls = []
signal.signal(signal.SIGALRM, lambda signum, frame: calls.append(signum))
r, w = os.pipe()
lock = threading.Lock()
lock.acquire()
rlock = threading.RLock()
held = threading.Event()
never = threading.Event()

def holder():
    with rlock:
        held.set()
        never.wait()

worker = threading.Thread(target=holder)
worker.start()
held.wait()

def timed(name, call):
    calls.clear()
    signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
    start = time.monotonic()
    result = call()
    elapsed = time.monotonic() - start
    signal.setitimer(signal.ITIMER_REAL, 0)
    print(name, result, elapsed >= 0.2, set(calls))

timed("sleep", lambda: time.sleep(0.2))  # expect: sleep None True {14}
timed("select", lambda: select.select([r], [], [], 0.2))  # expect: select ([], [], []) True {14}
timed("lock", lambda: lock.acquire(timeout=0.2))  # expect: lock False True {14}
timed("rlock", lambda: rlock.acquire(True, 0.2))  # expect: rlock False True {14}
timed("event", lambda: threading.Event().wait(0.2))  # expect: event False True {14}
timed("join", lambda: worker.join(0.2))  # expect: join None True {14}
print(worker.is_alive())  # expect: True
never.set()
worker.join()
print(worker.is_alive(), rlock.acquire(False))  # expect: False True
