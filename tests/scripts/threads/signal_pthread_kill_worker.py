# SIGNALS.md 2: a Python handler always runs in the main thread, even when
# pthread_kill() delivers the signal to a worker (blocked in Event.wait).
# The worker cannot end before the signal has been delivered to it, so the
# handler has run by the time join() returns and the next call is made.
import signal
import threading

calls = []

def handler(signum, frame):
    calls.append((signum, threading.current_thread().name,
                  threading.get_ident() == main_ident))

main_ident = threading.get_ident()
signal.signal(signal.SIGUSR1, handler)
go = threading.Event()
t = threading.Thread(target=go.wait, name="worker")
t.start()
signal.pthread_kill(t.ident, signal.SIGUSR1)
go.set()
t.join()
print(calls)  # expect: [(10, 'MainThread', True)]
