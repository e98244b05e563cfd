# SIGNALS.md 10: the exception of a handler appears at the instruction that
# polled (the return from os.kill); the traceback's top frame is the
# handler, below it the interrupted frame and line.
import os
import signal

def handler(signum, frame):
    raise RuntimeError("boom")  # expect runtime error: RuntimeError: boom

def victim():
    os.kill(os.getpid(), signal.SIGUSR1)
    print("not reached")

signal.signal(signal.SIGUSR1, handler)
victim()
