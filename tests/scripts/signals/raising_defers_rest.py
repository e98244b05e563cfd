# SIGNALS.md 9: a raising handler propagates from the check point; the
# handlers of higher-numbered pending signals still run, at the next check.
import os
import signal

log = []
def hup(signum, frame):
    log.append("HUP")
    raise RuntimeError("from HUP")

def usr(signum, frame):
    log.append(signum)

signal.signal(signal.SIGHUP, hup)
signal.signal(signal.SIGUSR1, usr)
signal.signal(signal.SIGUSR2, usr)
sigs = [signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2]
signal.pthread_sigmask(signal.SIG_BLOCK, sigs)
for s in sigs:
    os.kill(os.getpid(), s)
try:
    signal.pthread_sigmask(signal.SIG_UNBLOCK, sigs)
    log.append("not reached")
except RuntimeError as e:
    # Where exactly the deferred handlers run (here or at a later check)
    # is not specified; only that they run, after HUP.
    print(e)  # expect: from HUP
for i in range(3):
    pass
print(log)  # expect: ['HUP', 10, 12]
