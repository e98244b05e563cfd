# SIGNALS.md 3: signal.signal() and set_wakeup_fd() from a worker thread
# raise ValueError (and change nothing); getsignal() works in any thread.
import signal
import threading

def handler(signum, frame):
    pass

signal.signal(signal.SIGUSR1, handler)
out = []

def worker():
    try:
        signal.signal(signal.SIGUSR2, handler)
    except ValueError as e:
        out.append(str(e))
    try:
        signal.set_wakeup_fd(-1)
    except ValueError as e:
        out.append(str(e))
    out.append(signal.getsignal(signal.SIGUSR1) is handler)
    out.append(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    out.append(repr(signal.getsignal(signal.SIGUSR2)))

t = threading.Thread(target=worker)
t.start()
t.join()
for x in out:
    print(x)
# expect: signal only works in main thread of the main interpreter
# expect: set_wakeup_fd only works in main thread of the main interpreter
# expect: True
# expect: True
# expect: <Handlers.SIG_DFL: 0>
print(signal.getsignal(signal.SIGUSR2) is signal.SIG_DFL)  # expect: True
