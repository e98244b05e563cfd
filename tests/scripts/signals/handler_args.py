# SIGNALS.md 1: a handler is called as handler(signum, frame); signum is a
# plain int, not a Signals member.
import os
import signal

def handler(signum, frame):
    print(signum, type(signum).__name__)

signal.signal(signal.SIGUSR1, handler)
os.kill(os.getpid(), signal.SIGUSR1)  # expect: 10 int
print("done")  # expect: done
