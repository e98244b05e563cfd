# notify(n) wakes at most n waiters and notify_all() the rest: three threads
# wait (all are known to be waiting: each counted itself under the lock
# before wait() released it); notify(2) wakes two, notify_all() the third.
import threading

cond = threading.Condition()
report = threading.Condition()
waiting = 0
woke = []

def waiter(name):
    global waiting
    with cond:
        waiting += 1
        with report:
            report.notify()
        cond.wait()
    with report:
        woke.append(name)
        report.notify()

ts = [threading.Thread(target=waiter, args=("w%d" % i,)) for i in range(3)]
for t in ts:
    t.start()
with report:
    report.wait_for(lambda: waiting == 3)
with cond:
    # taking the lock proves the last waiter is inside wait()
    cond.notify(2)
with report:
    report.wait_for(lambda: len(woke) == 2)
    print(len(woke))  # expect: 2
with cond:
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(woke))  # expect: ['w0', 'w1', 'w2']
with cond:
    cond.notify()
    cond.notify_all()
    cond.notify(5)
print("notify without waiters: fine")  # expect: notify without waiters: fine
