# When the main module dies with an uncaught exception, its traceback is
# printed and non-daemon threads are still joined before the exit (status 1):
# the worker's output appears.
import threading

ev = threading.Event()

def worker():
    ev.wait()
    print("worker still ran")

t = threading.Thread(target=worker)
t.start()
try:
    raise ValueError("main failed")  # expect runtime error: ValueError: main failed
finally:
    ev.set()
# expect: worker still ran
