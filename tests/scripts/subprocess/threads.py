# Several threads start and wait for children at once: forking while other
# threads run, and waits that release the GIL, give each its own result.
import subprocess
import threading

results = {}

def worker(n):
    out = subprocess.run(["sh", "-c", "read x; echo $((x * x))"], input="%d\n" % n,
                         capture_output=True, text=True).stdout
    results[n] = int(out)

threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))  # expect: [(0, 0), (1, 1), (2, 4), (3, 9), (4, 16), (5, 25), (6, 36), (7, 49)]

# One thread blocks in wait() while another ends the child.
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE)
waiter = threading.Thread(target=lambda: results.update(status=p.wait()))
waiter.start()
p.stdin.close()
waiter.join()
print(results["status"], p.returncode)  # expect: 0 0
