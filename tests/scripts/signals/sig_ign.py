# SIG_IGN really ignores a signal; a disposition inherited at start-up (SIGPIPE,
# ignored by the interpreter itself) is reported as the Handlers member.
import os
import signal

signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored")  # expect: ignored
print(repr(signal.getsignal(signal.SIGPIPE)))  # expect: <Handlers.SIG_IGN: 1>
