# PEP 475: a handler that raises ends select.select with its exception.
import os
import select
import signal
import time

class Alarm(Exception):
    pass

def handler(signum, frame):
    raise Alarm("woke")

r, w = os.pipe()
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
try:
    select.select([r], [], [], 5)
    print("not interrupted")
except Alarm as e:
    print("caught", e)  # expect: caught woke
print(time.monotonic() - start < 2)  # expect: True
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    select.select([], [], [])
except Alarm as e:
    print("caught again", e)  # expect: caught again woke
