# PEP 475 for poll objects: a returning handler lets poll() wait out its
# timeout; a raising one ends it with the exception.
import os
import select
import signal
import time

r, w = os.pipe()
p = select.poll()
p.register(r, select.POLLIN)
hits = []
signal.signal(signal.SIGALRM, lambda signum, frame: hits.append(signum))
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
print(p.poll(300))  # expect: []
print(time.monotonic() - start >= 0.3, len(hits))  # expect: True 1

def raiser(signum, frame):
    raise KeyboardInterrupt("alarm")

signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    p.poll()
except KeyboardInterrupt as e:
    print("interrupted", e)  # expect: interrupted alarm
