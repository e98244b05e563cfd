# Ctrl-C (here a KeyboardInterrupt raised by a handler) during wait() and
# communicate(): the exception propagates after a short grace period for
# the child; the child is still running and can be killed afterwards.
import signal
import subprocess

def interrupt(signum, frame):
    raise KeyboardInterrupt

signal.signal(signal.SIGALRM, interrupt)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    p.wait()
except KeyboardInterrupt:
    print("wait interrupted", p.poll())  # expect: wait interrupted None
p.kill()
print(p.wait())  # expect: -9
p = subprocess.Popen(["sleep", "30"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    p.communicate(b"partial")
except KeyboardInterrupt:
    print("communicate interrupted", p.poll())  # expect: communicate interrupted None
p.kill()
print(p.wait())  # expect: -9

# An uncaught one in `with Popen(...)` leaves through __exit__ and kills the
# script by SIGINT, as CPython does.
with subprocess.Popen(["cat"], stdin=subprocess.PIPE) as q:
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    q.wait()
# expect status: 130
