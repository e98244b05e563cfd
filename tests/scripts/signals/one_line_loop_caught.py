# SIGNALS.md 24, where minipy is more correct than CPython 3.11: an
# exception raised at the check of a one-instruction loop (`while 1: pass`
# on one line) belongs to the jump itself, so the enclosing try catches it.
# oracle skip: CPython 3.11 misses the except (gh-108214) and dies with status 130
import signal

def handler(signum, frame):
    print("handler at", frame.f_code.co_name, frame.f_lineno)
    raise KeyboardInterrupt

def spin():
    try:
        while 1: pass
    except KeyboardInterrupt:
        print("caught in spin")
    return "spin returned"

signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while 1: pass
except KeyboardInterrupt:
    print("caught at module level")
# expect: handler at <module> 21
# expect: caught at module level
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(spin())
# expect: handler at spin 13
# expect: caught in spin
# expect: spin returned
