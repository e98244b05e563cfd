# Thread basics: the target gets args (tuple or list) and kwargs; join()
# returns None and the target's return value is ignored; no target: run()
# does nothing; bound methods work as targets.
import threading

results = []

def worker(a, b, c=0, *, d=0):
    results.append((a, b, c, d))
    return "ignored"

t = threading.Thread(target=worker, args=(1, 2), kwargs={"c": 3, "d": 4})
t.start()
print(t.join())  # expect: None
print(results)  # expect: [(1, 2, 3, 4)]

t = threading.Thread(target=worker, args=[5, 6])
t.start()
t.join()
print(results[-1])  # expect: (5, 6, 0, 0)

t = threading.Thread(target=worker, kwargs=dict(a=7, b=8))
t.start()
t.join()
print(results[-1])  # expect: (7, 8, 0, 0)

t = threading.Thread()
t.start()
t.join()
print(len(results))  # expect: 3

class Box:
    def __init__(self):
        self.v = 0

    def bump(self, n):
        self.v += n

b = Box()
t = threading.Thread(target=b.bump, args=(5,))
t.start()
t.join()
print(b.v)  # expect: 5
