# SIGNALS.md 20: set_wakeup_fd needs a non-blocking fd, returns the previous
# fd (-1 at first), and one byte, the signal number, is written per delivery.
import os
import signal

r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print(e == ValueError("the fd %d must be in non-blocking mode" % w), "blocking refused")  # expect: False blocking refused
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))  # expect: -1
signal.signal(signal.SIGUSR1, lambda s, f: None)
os.kill(os.getpid(), signal.SIGUSR1)
print(os.read(r, 10))  # expect: b'\n'
print(signal.set_wakeup_fd(-1) == w)  # expect: True
