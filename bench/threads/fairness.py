# bench/threads/fairness.py [SECONDS]: four threads spin in a pure-Python
# loop for SECONDS (default 2) under the GIL; prints each thread's share of
# all the iterations and min share / max share (1.0 is perfectly fair).
# Run by scripts/fairness on minipy and CPython side by side.
import sys
import threading
import time

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
THREADS = 4
counts = [0] * THREADS
stopped = [False]
go = threading.Event()


def spin(index):
    go.wait()
    n = 0
    while not stopped[0]:
        n += 1
    counts[index] = n


threads = [threading.Thread(target=spin, args=(i,)) for i in range(THREADS)]
for t in threads:
    t.start()
go.set()
time.sleep(SECONDS)
stopped[0] = True
for t in threads:
    t.join()
total = sum(counts)
shares = [c / total for c in counts]
print("shares", " ".join("%.3f" % s for s in shares), "min/max %.2f" % (min(shares) / max(shares)),
      "iterations %d" % total)
