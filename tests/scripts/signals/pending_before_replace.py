# SIGNALS.md 12: signal() runs already-pending handlers before replacing the
# handler, so a signal tripped just before goes to the old one.
import os
import signal

signal.signal(signal.SIGUSR1, lambda s, f: print("old"))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1)
# Unblocking from inside a native call chain: the signal lands, and the
# next check is signal() itself.
signal.pthread_sigmask(signal.SIG_SETMASK, [])  # expect: old
signal.signal(signal.SIGUSR1, lambda s, f: print("new"))
os.kill(os.getpid(), signal.SIGUSR1)  # expect: new
