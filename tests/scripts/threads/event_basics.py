# Event: is_set/set/clear; wait() returns True when set, wait(timeout)
# returns False when it is never set; wait(0) and wait(-1) only poll; a
# wait is released by a set() from another thread.
import threading

ev = threading.Event()
print(ev.is_set())  # expect: False
print(ev.wait(0.01))  # expect: False
print(ev.wait(0))  # expect: False
print(ev.wait(-1))  # expect: False
print(ev.set())  # expect: None
print(ev.is_set(), ev.wait(), ev.wait(0), ev.wait(5))  # expect: True True True True
ev.set()
print(ev.is_set())  # expect: True
print(ev.clear())  # expect: None
print(ev.is_set(), ev.wait(timeout=0.01))  # expect: False False
ev.clear()

t = threading.Thread(target=ev.set)
t.start()
print(ev.wait())  # expect: True
t.join()
ev.clear()
t = threading.Thread(target=ev.set)
t.start()
print(ev.wait(30))  # expect: True
t.join()
