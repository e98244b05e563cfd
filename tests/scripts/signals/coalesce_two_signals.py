# SIGNALS.md 7: several deliveries of the same signal before the check give
# one handler call per signal: SIGUSR1 x2, SIGUSR2 x2 and SIGALRM x5 while
# blocked, then unblocked in one C call -> one call each, in number order.
import os
import signal

calls = []

def handler(signum, frame):
    calls.append(signum)

sigs = [signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM]
for s in sigs:
    signal.signal(s, handler)
signal.pthread_sigmask(signal.SIG_BLOCK, sigs)
for s in (signal.SIGUSR2, signal.SIGUSR1, signal.SIGUSR2, signal.SIGUSR1):
    os.kill(os.getpid(), s)
for i in range(5):
    signal.raise_signal(signal.SIGALRM)
print(calls, sorted(int(s) for s in signal.sigpending()))  # expect: [] [10, 12, 14]
signal.pthread_sigmask(signal.SIG_UNBLOCK, sigs)
print(calls)  # expect: [10, 12, 14]
os.kill(os.getpid(), signal.SIGUSR1)
print(calls)  # expect: [10, 12, 14, 10]
