# SIGNALS.md 13: os.kill to this process, raise_signal and unblocking run
# the handler before the call returns: the next statement sees its effect.
import os
import signal

seen = []
signal.signal(signal.SIGUSR1, lambda s, f: seen.append(s))
os.kill(os.getpid(), signal.SIGUSR1); print(seen)  # expect: [10]
signal.raise_signal(signal.SIGUSR1); print(seen)  # expect: [10, 10]
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1); print(seen)  # expect: [10, 10]
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]); print(seen)  # expect: [10, 10, 10]
