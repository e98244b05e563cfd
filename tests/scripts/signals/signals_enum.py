# The Signals / Handlers enums behave like their ints.
import signal

print(repr(signal.SIGINT), signal.SIGINT.name, signal.SIGINT.value)  # expect: <Signals.SIGINT: 2> SIGINT 2
print(signal.SIGINT == 2, 2 == signal.SIGINT, int(signal.SIGTERM))  # expect: True True 15
print(hash(signal.SIGUSR1) == hash(10), signal.SIGUSR1 + 1)  # expect: True 11
print(signal.Signals(15) is signal.SIGTERM, repr(signal.Signals(6)))  # expect: True <Signals.SIGABRT: 6>
print(signal.SIGIOT is signal.SIGABRT, signal.Signals.SIGHUP.name)  # expect: True SIGHUP
print(repr(signal.SIG_DFL), repr(signal.Handlers(1)), signal.NSIG)  # expect: <Handlers.SIG_DFL: 0> <Handlers.SIG_IGN: 1> 65
print(signal.strsignal(signal.SIGINT), signal.SIGKILL in signal.valid_signals())  # expect: Interrupt True
try:
    signal.Signals(99)
except ValueError as e:
    print(e)  # expect: 99 is not a valid Signals
