# RLock: its owner may acquire it again (nested, also with `with`); other
# threads cannot take it until every acquire has been released; a thread
# blocked in acquire() gets it only after the last release.
import threading

rl = threading.RLock()

def other(f):
    """Runs f in a new thread and returns its result."""
    out = []
    t = threading.Thread(target=lambda: out.append(f()))
    t.start()
    t.join()
    return out[0]

def try_take():
    if rl.acquire(False):
        rl.release()
        return True
    return False

print(rl.acquire(), rl.acquire())  # expect: True True
with rl:
    print(rl.acquire(False))  # expect: True
    rl.release()
print(other(try_take))  # expect: False
print(other(lambda: rl.acquire(timeout=0.05)))  # expect: False
rl.release()
print(other(try_take))  # expect: False

log = []

def blocked():
    rl.acquire()
    log.append("worker acquired")
    rl.release()

t = threading.Thread(target=blocked)
t.start()
log.append("main releases the last level")
rl.release()
t.join()
print(log)  # expect: ['main releases the last level', 'worker acquired']
print(other(try_take))  # expect: True
