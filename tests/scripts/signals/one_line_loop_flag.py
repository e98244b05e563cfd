# SIGNALS.md 24 (the gh-130279 shape, correct in CPython 3.11): a
# one-line `while not a.flag: pass` ends when a handler sets the flag, and
# a raising handler's exception is caught by the enclosing try.
import signal

class A:
    flag = False

a = A()

def raiser(signum, frame):
    raise KeyboardInterrupt("from handler")

def setter(signum, frame):
    a.flag = True

signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while not a.flag: pass
except KeyboardInterrupt as e:
    print("caught", e)  # expect: caught from handler
signal.signal(signal.SIGALRM, setter)
signal.setitimer(signal.ITIMER_REAL, 0.05)
while not a.flag: pass
print("flag seen", a.flag)  # expect: flag seen True
