# One Event.set() releases every thread waiting on it (each worker reports
# that it is about to wait before it does; their results are printed
# sorted by the main thread).
import threading

go = threading.Event()
done = []
lock = threading.Lock()

def worker(i, ready):
    ready.set()
    result = go.wait()
    with lock:
        done.append((i, result))

readies = [threading.Event() for _ in range(5)]
ts = [threading.Thread(target=worker, args=(i, readies[i])) for i in range(5)]
for t in ts:
    t.start()
for r in readies:
    r.wait()
print(len(done))  # expect: 0
go.set()
for t in ts:
    t.join()
print(sorted(done))  # expect: [(0, True), (1, True), (2, True), (3, True), (4, True)]
