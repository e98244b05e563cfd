# Condition: a consumer waits while the queue is empty, a producer appends
# and notify()s; items arrive in order, None ends the stream. Then a bounded
# buffer: two Conditions sharing one Lock (not_full / not_empty).
import threading

cond = threading.Condition()
queue = []
got = []

def consumer():
    while True:
        with cond:
            while not queue:
                cond.wait()
            item = queue.pop(0)
        if item is None:
            return
        got.append(item)

def producer():
    for i in range(50):
        with cond:
            queue.append(i)
            cond.notify()
    with cond:
        queue.append(None)
        cond.notify()

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(got == list(range(50)), len(got))  # expect: True 50

lock = threading.Lock()
not_full = threading.Condition(lock)
not_empty = threading.Condition(lock)
buf = []
most = []

def put_all():
    for i in range(30):
        with not_full:
            while len(buf) == 2:
                not_full.wait()
            buf.append(i)
            most.append(len(buf))
            not_empty.notify()

t = threading.Thread(target=put_all)
t.start()
taken = []
for _ in range(30):
    with not_empty:
        while not buf:
            not_empty.wait()
        taken.append(buf.pop(0))
        not_full.notify()
t.join()
print(taken == list(range(30)), max(most) <= 2)  # expect: True True
