# Blocking table, PEP 475: sys.stdin.readline() blocked on an empty pipe
# (made stdin with dup2; the write end stays open). Handlers that return let
# the read go on (the third writes the data); one that raises ends it.
import os
import signal
import sys

r, w = os.pipe()
os.dup2(r, 0)
calls = []

def feeder(signum, frame):
    calls.append(signum)
    if len(calls) == 3:
        signal.setitimer(signal.ITIMER_REAL, 0)
        os.write(w, b"line one\n")

signal.signal(signal.SIGALRM, feeder)
signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
print(repr(sys.stdin.readline()), calls)  # expect: 'line one\n' [14, 14, 14]

def raiser(signum, frame):
    raise KeyboardInterrupt("readline")

signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    sys.stdin.readline()
    print("not reached")
except KeyboardInterrupt as e:
    print("interrupted", e)  # expect: interrupted readline
os.write(w, b"two\n")
os.close(w)
print(repr(sys.stdin.readline()), repr(sys.stdin.readline()))  # expect: 'two\n' ''
