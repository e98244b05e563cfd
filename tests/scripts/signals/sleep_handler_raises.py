# PEP 475: a handler that raises ends time.sleep at once with its exception.
import signal
import time

class Alarm(Exception):
    pass

def handler(signum, frame):
    raise Alarm("woke")

signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
try:
    time.sleep(5)
except Alarm as e:
    print("caught", e)  # expect: caught woke
print(time.monotonic() - start < 2)  # expect: True
