# active_count() and enumerate() count live threads: the main thread, and
# started workers (held by an Event) until they end; not-yet-started ones
# are not counted. Names are printed sorted.
import threading

print(threading.active_count())  # expect: 1
print([t.name for t in threading.enumerate()])  # expect: ['MainThread']
hold = threading.Event()
inside = []

def worker():
    hold.wait()
    inside.append(threading.active_count())

ts = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
print(threading.active_count())  # expect: 1
for t in ts:
    t.start()
print(threading.active_count())  # expect: 4
print(sorted(t.name for t in threading.enumerate()))  # expect: ['MainThread', 'w0', 'w1', 'w2']
print(all(t in threading.enumerate() for t in ts))  # expect: True
print(threading.main_thread() in threading.enumerate())  # expect: True
ts[0].join(0.01)
print(threading.active_count())  # expect: 4
hold.set()
for t in ts:
    t.join()
print(threading.active_count())  # expect: 1
print([t.name for t in threading.enumerate()])  # expect: ['MainThread']
print(len(inside), all(1 < n <= 4 for n in inside))  # expect: 3 True
