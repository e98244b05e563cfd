# SIGNALS.md 21: setitimer returns the old (delay, interval); a bad `which`
# raises ItimerError, an OSError.
import signal

print(signal.setitimer(signal.ITIMER_REAL, 100, 0))  # expect: (0.0, 0.0)
delay, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print(99 < delay <= 100, interval)  # expect: True 0.0
print(signal.getitimer(signal.ITIMER_REAL))  # expect: (0.0, 0.0)
try:
    signal.setitimer(7, 1)
except signal.ItimerError as e:
    print(isinstance(e, OSError), e)  # expect: True [Errno 22] Invalid argument
