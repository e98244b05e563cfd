# SIGNALS.md 14: while blocked no handler runs and sigpending() reports the
# signal; sigwait consumes it without calling the handler.
import os
import signal

signal.signal(signal.SIGUSR1, lambda s, f: print("handler ran"))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.sigpending())  # expect: {<Signals.SIGUSR1: 10>}
print(repr(signal.sigwait([signal.SIGUSR1])))  # expect: <Signals.SIGUSR1: 10>
print(signal.sigpending())  # expect: set()
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print("no handler")  # expect: no handler
