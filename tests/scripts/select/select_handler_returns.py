# PEP 475: a handler that returns lets select.select go on with the
# remaining timeout; the call lasts the whole timeout.
import select
import signal
import time

hits = []

def handler(signum, frame):
    hits.append(signum)

signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
print(select.select([], [], [], 0.3))  # expect: ([], [], [])
elapsed = time.monotonic() - start
print(hits == [signal.SIGALRM])  # expect: True
print(elapsed >= 0.3)  # expect: True
print(elapsed < 2)  # expect: True
