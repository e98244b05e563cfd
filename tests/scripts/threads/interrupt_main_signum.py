# _thread.interrupt_main(signum) from a worker runs the Python handler of
# that signal in the main thread; for a signal whose handler is SIG_DFL or
# SIG_IGN it does nothing (the process is not killed).
import _thread
import signal
import threading

calls = []

def handler(signum, frame):
    calls.append((signum, threading.current_thread().name))

signal.signal(signal.SIGUSR1, handler)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)

def worker():
    _thread.interrupt_main(signal.SIGUSR1)
    _thread.interrupt_main(signal.SIGUSR2)
    _thread.interrupt_main(signal.SIGTERM)

t = threading.Thread(target=worker)
t.start()
t.join()
print(calls)  # expect: [(10, 'MainThread')]
