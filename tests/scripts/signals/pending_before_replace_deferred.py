# SIGNALS.md 12: signal() runs already-pending handlers before replacing
# the handler. USR1 is left tripped by the raising HUP handler (item 9);
# no check happens before signal(SIGUSR1, new), the first statement of the
# except clause, so the pending USR1 goes to the old handler, inside that
# signal() call.
import os
import signal

log = []

def hup(signum, frame):
    log.append("HUP")
    raise RuntimeError("HUP raised")

signal.signal(signal.SIGHUP, hup)
signal.signal(signal.SIGUSR1, lambda s, f: log.append("old"))
sigs = [signal.SIGHUP, signal.SIGUSR1]
signal.pthread_sigmask(signal.SIG_BLOCK, sigs)
os.kill(os.getpid(), signal.SIGHUP)
os.kill(os.getpid(), signal.SIGUSR1)
try:
    signal.pthread_sigmask(signal.SIG_UNBLOCK, sigs)
    log.append("not reached")
except RuntimeError:
    signal.signal(signal.SIGUSR1, lambda s, f: log.append("new"))
    log.append("replaced")
print(log)  # expect: ['HUP', 'old', 'replaced']
os.kill(os.getpid(), signal.SIGUSR1)
print(log[-1])  # expect: new
