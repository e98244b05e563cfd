# SIGNALS.md 8: pending signals run in ascending number, whatever the
# arrival order, all at the same check point.
import os
import signal

order = []
def handler(signum, frame):
    order.append(signum)

sigs = [signal.SIGUSR2, signal.SIGUSR1, signal.SIGHUP]
for s in sigs:
    signal.signal(s, handler)
signal.pthread_sigmask(signal.SIG_BLOCK, sigs)
for s in sigs:
    os.kill(os.getpid(), s)
signal.pthread_sigmask(signal.SIG_UNBLOCK, sigs)
print(order)  # expect: [1, 10, 12]
