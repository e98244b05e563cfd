# signal.pause() returns after a handler that returned; alarm() returns the
# previous remaining seconds.
import signal

signal.signal(signal.SIGALRM, lambda s, f: print("alarm", s))
print(signal.alarm(10))  # expect: 0
print(signal.alarm(1))  # expect: 10
signal.pause()  # expect: alarm 14
print("after pause")  # expect: after pause
