# SIGNALS.md 12: signal() runs already-pending handlers before replacing the
# handler, so a signal tripped just before goes to the old one.
import os
import signal

signal.signal(signal.SIGUSR1, lambda s, f: print("old"))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1)
# Unblocking runs the old handler before pthread_sigmask returns (item 13),
# before signal() is reached; pending_before_replace_deferred.py has a
# signal still pending when signal() is called.
signal.pthread_sigmask(signal.SIG_SETMASK, [])  # expect: old
signal.signal(signal.SIGUSR1, lambda s, f: print("new"))
os.kill(os.getpid(), signal.SIGUSR1)  # expect: new
