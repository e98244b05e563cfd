# SIGNALS.md 7: the same signal delivered twice before the check gives one
# handler call (blocked by pthread_sigmask, then unblocked).
import os
import signal

calls = []
signal.signal(signal.SIGUSR1, lambda s, f: calls.append(s))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
print(calls)  # expect: []
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print(calls)  # expect: [10]
