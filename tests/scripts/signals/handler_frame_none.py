# SIGNALS.md 1: a handler gets frame None when no Python frame is running
# at the check point: os.kill registered directly (a C function) as an
# atexit callback runs after the main module's frame is gone.
import atexit
import os
import signal

def handler(signum, frame):
    print("handler", signum, frame)

signal.signal(signal.SIGUSR1, handler)
atexit.register(os.kill, os.getpid(), signal.SIGUSR1)
print("module ends")
# expect: module ends
# expect: handler 10 None
