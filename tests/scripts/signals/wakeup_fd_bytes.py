# SIGNALS.md 20: the wakeup fd gets one byte, the signal number, per
# delivery, in delivery order; none once it is unset.
import os
import select
import signal

r, w = os.pipe()
os.set_blocking(w, False)
seen = []
signal.signal(signal.SIGUSR1, lambda s, f: seen.append(s))
signal.signal(signal.SIGUSR2, lambda s, f: seen.append(s))
print(signal.set_wakeup_fd(w))  # expect: -1
os.kill(os.getpid(), signal.SIGUSR2)
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
print(list(os.read(r, 100)), seen)  # expect: [12, 10, 10] [12, 10, 10]
print(select.select([r], [], [], 0)[0])  # expect: []
print(signal.set_wakeup_fd(-1) == w, signal.set_wakeup_fd(-1))  # expect: True -1
os.kill(os.getpid(), signal.SIGUSR1)
print(select.select([r], [], [], 0)[0], seen)  # expect: [] [12, 10, 10, 10]
