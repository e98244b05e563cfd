# Blocking table, PEP 475: input() blocked on an empty pipe (made stdin with
# dup2; the write end stays open). Handlers that return let the read go on
# (the third writes the line); one that raises ends input() with its error.
import os
import signal

r, w = os.pipe()
os.dup2(r, 0)
calls = []

def feeder(signum, frame):
    calls.append(signum)
    if len(calls) == 3:
        signal.setitimer(signal.ITIMER_REAL, 0)
        os.write(w, b"hello\n")

signal.signal(signal.SIGALRM, feeder)
signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
print(repr(input()), calls)  # expect: 'hello' [14, 14, 14]

class Interrupted(Exception):
    pass

def raiser(signum, frame):
    raise Interrupted("input interrupted")

signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    input()
    print("not reached")
except Interrupted as e:
    print(e)  # expect: input interrupted
os.write(w, b"still works\n")
print(repr(input()))  # expect: 'still works'
