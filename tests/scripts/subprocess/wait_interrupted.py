# PEP 475 in Popen waits: a handler that returns lets wait() and
# communicate() go on (with the time left of a timeout); one that raises
# ends the wait with its exception. The child (`cat`) ends only when the
# handler closes its stdin, so the order of events is fixed.
import signal
import subprocess
import time

calls = []

def closing_handler(signum, frame):
    calls.append(signum)
    if len(calls) < 3:
        signal.setitimer(signal.ITIMER_REAL, 0.02)
    else:
        p.stdin.close()

signal.signal(signal.SIGALRM, closing_handler)
for timeout in (None, 5):
    calls.clear()
    p = subprocess.Popen(["cat"], stdin=subprocess.PIPE)
    signal.setitimer(signal.ITIMER_REAL, 0.02)
    print(p.wait(timeout=timeout), len(calls))
# expect: 0 3
# expect: 0 3

signal.signal(signal.SIGALRM, lambda signum, frame: calls.append(signum))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE)
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
try:
    p.wait(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(e.timeout, time.monotonic() - start >= 0.3)  # expect: 0.3 True

def raising_handler(signum, frame):
    raise RuntimeError("alarm")

signal.signal(signal.SIGALRM, raising_handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    p.wait()
except RuntimeError as e:
    print(e, p.returncode)  # expect: alarm None
p.kill()
print(p.wait())  # expect: -9
p = subprocess.Popen(["sleep", "30"], stdout=subprocess.PIPE)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    p.communicate()
except RuntimeError as e:
    print(e, p.returncode)  # expect: alarm None
p.kill()
print(p.wait())  # expect: -9
p.stdout.close()
