# bench/signals/sigint.py STATE N: prints "ready" (flushed), then stays in
# STATE with SIGINT at its default handling until a SIGINT ends the process:
#   busy     a pure-Python loop,
#   sleep    time.sleep(3600),
#   builtin  one sum(range(N)) (CPython raises KeyboardInterrupt only when it
#            returns; minipy's native loop polls the eval breaker).
# scripts/signal-latency sends SIGINT after "ready" and times the exit, which
# must be death by SIGINT (KeyboardInterrupt traceback, then kill(SIGINT)).
import sys
import time

STATE = sys.argv[1]
N = int(sys.argv[2]) if len(sys.argv) > 2 else 10**8


def busy():
    i = 0
    while True:
        i += 1


def sleep():
    while True:
        time.sleep(3600)


def builtin():
    sum(range(N))
    print("builtin returned")


body = {"busy": busy, "sleep": sleep, "builtin": builtin}[STATE]
print("ready", flush=True)
body()
