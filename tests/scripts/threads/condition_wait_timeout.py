# Condition.wait(timeout) with nobody notifying returns False, wait() returns
# True when notified; wait_for returns the predicate's value: at once when
# it is already true, the false value after the timeout, True once another
# thread makes it true.
import threading

cond = threading.Condition()
with cond:
    print(cond.wait(0.01))  # expect: False
    print(cond.wait(timeout=0))  # expect: False
    print(cond.wait(-1))  # expect: False
    print(cond.wait_for(lambda: 42))  # expect: 42
    print(cond.wait_for(lambda: 0, timeout=0.01))  # expect: 0
    print(cond.wait_for(lambda: [], 0))  # expect: []

def notifier():
    with cond:
        cond.notify()

with cond:
    t = threading.Thread(target=notifier)
    t.start()
    # the notifier needs the lock, which wait() releases
    print(cond.wait())  # expect: True
t.join()

state = {"n": 0}
calls = []

def bump():
    for i in range(5):
        with cond:
            state["n"] += 1
            cond.notify()

def ready():
    calls.append(state["n"])
    return state["n"] == 5

with cond:
    t = threading.Thread(target=bump)
    t.start()
    print(cond.wait_for(ready))  # expect: True
    print(state["n"], calls[-1], calls[0])  # expect: 5 5 0
t.join()
