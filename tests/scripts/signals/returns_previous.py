# SIGNALS.md 4: signal() returns the previous handler object; getsignal
# returns exactly the installed object; SIG_DFL/SIG_IGN are Handlers members.
import signal

def a(signum, frame):
    pass

def b(signum, frame):
    pass

print(repr(signal.signal(signal.SIGUSR1, a)))  # expect: <Handlers.SIG_DFL: 0>
prev = signal.signal(signal.SIGUSR1, b)
print(prev is a)  # expect: True
print(signal.getsignal(signal.SIGUSR1) is b)  # expect: True
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(b))  # expect: True
print(repr(signal.getsignal(signal.SIGUSR1)))  # expect: <Handlers.SIG_IGN: 1>
print(signal.getsignal(signal.SIGUSR1) == 1)  # expect: True
