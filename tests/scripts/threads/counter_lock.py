# A shared counter incremented under a Lock by 4 threads, 10000 times each,
# with a short switch interval to force many switches: exactly 40000.
import sys
import threading

sys.setswitchinterval(0.0001)
count = 0
lock = threading.Lock()

def work():
    global count
    for _ in range(10000):
        with lock:
            count += 1

ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count)  # expect: 40000
