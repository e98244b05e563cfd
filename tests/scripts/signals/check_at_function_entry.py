# SIGNALS.md 10: function entry is a check point. os.killpg (unlike os.kill)
# does not check for signals itself; called by map() inside f(*...) or
# next() below, the first check after it is the entry of f (frame f at its
# def line, f's body never starts) or the resumption of generator g.
import os
import signal

if os.getpgrp() != os.getpid():
    os.setpgid(0, 0)  # killpg must reach this process only (the runner already did this)

def handler(signum, frame):
    print("handler in", frame.f_code.co_name, frame.f_lineno)
    raise ValueError("from handler")

def f(arg):
    print("f body ran")

def g():
    yield 1
    print("g resumed")
    yield 2

signal.signal(signal.SIGUSR1, handler)
try:
    f(*map(os.killpg, [os.getpgrp()], [signal.SIGUSR1]))
except ValueError as e:
    print("caught", e)
# expect: handler in f 15
# expect: caught from handler
it = g()
next(it)
try:
    list(map(next, [it], map(os.killpg, [os.getpgrp()], [signal.SIGUSR1])))
except ValueError as e:
    print("caught", e)
# expect: handler in g 19
# expect: caught from handler
