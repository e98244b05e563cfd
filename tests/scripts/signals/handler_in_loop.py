# A handler runs at a loop's back edge; its exception is caught by the
# `try` around the loop (SIGNALS.md 10, 24).
import signal

class Stop(Exception):
    pass

def handler(signum, frame):
    raise Stop()

signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
n = 0
try:
    while True:
        n += 1
except Stop:
    print("stopped", n > 0)  # expect: stopped True
