# PEP 475: a handler that returns lets time.sleep resume; the total sleep
# is at least the requested time.
import signal
import time

calls = []
signal.signal(signal.SIGALRM, lambda s, f: calls.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
time.sleep(0.3)
elapsed = time.monotonic() - start
print(calls)  # expect: [14]
print(elapsed >= 0.3)  # expect: True
