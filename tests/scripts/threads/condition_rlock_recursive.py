# A Condition over an RLock held recursively: wait() releases every level so
# another thread can take the lock and notify; afterwards the waiter holds
# it at its former depth again (it takes two releases to free it). The
# default Condition() lock is an RLock too.
import threading

rl = threading.RLock()
cond = threading.Condition(rl)
flag = []

def free():
    """True if another thread can take rl right now."""
    out = []

    def attempt():
        got = rl.acquire(False)
        if got:
            rl.release()
        out.append(got)

    t = threading.Thread(target=attempt)
    t.start()
    t.join()
    return out[0]

def notifier():
    with cond:
        flag.append("notifier had the lock")
        cond.notify()

with rl:
    with cond:
        t = threading.Thread(target=notifier)
        t.start()
        while not flag:
            cond.wait()
        print(flag)  # expect: ['notifier had the lock']
        print(free())  # expect: False
    print(free())  # expect: False
print(free())  # expect: True
t.join()

plain = threading.Condition()
with plain:
    with plain:
        print(plain.wait(0.01))  # expect: False
print("default lock is reentrant")  # expect: default lock is reentrant
