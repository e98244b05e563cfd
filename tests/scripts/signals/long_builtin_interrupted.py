# Blocking table "a long native builtin" and SIGNALS.md 15, where minipy
# goes further than CPython: its native loops poll the breaker, so a
# handler runs within ~10 ms while sum() is still running. A raising
# handler ends a sum that would take hours; a returning one lets it go on.
# oracle skip: CPython 3.11 runs handlers only after sum() returns (item 15), so the 10**12 sums would not end
import signal
import time

class Alarm(Exception):
    pass

calls = []

def handler(signum, frame):
    calls.append(frame.f_code.co_name)
    if len(calls) == 3:
        signal.setitimer(signal.ITIMER_REAL, 0)
        raise Alarm("after %d calls" % len(calls))

signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
start = time.monotonic()
try:
    total = sum(range(10**12))
    print("not reached")
except Alarm as e:
    print("sum interrupted", e, calls)  # expect: sum interrupted after 3 calls ['<module>', '<module>', '<module>']
print(time.monotonic() - start < 60)  # expect: True

calls.clear()
signal.signal(signal.SIGALRM, lambda signum, frame: calls.append(signum))
signal.setitimer(signal.ITIMER_REAL, 0.001, 0.001)
total = sum(range(3 * 10**6))  # 15 ms of CPU in a release build: many ticks
signal.setitimer(signal.ITIMER_REAL, 0)
print(total, len(calls) > 1)  # expect: 4499998500000 True
