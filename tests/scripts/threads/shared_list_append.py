# list.append and dict item assignment from 4 threads at once (no lock: each
# single operation is atomic under the interpreter lock): nothing is lost.
import sys
import threading

sys.setswitchinterval(0.0001)
items = []
table = {}

def work(k):
    for i in range(5000):
        items.append((k, i))
        table[(k, i)] = i

ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(items), len(table))  # expect: 20000 20000
print(sorted(items) == [(k, i) for k in range(4) for i in range(5000)])  # expect: True
print([[i for (k, i) in items if k == n] == list(range(5000)) for n in range(4)])  # expect: [True, True, True, True]
