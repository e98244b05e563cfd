# A Lock held by another thread: acquire(False), acquire(timeout=0.05) and
# acquire(True, 0) return False while it holds it (it holds until told to
# let go); a blocking acquire() then succeeds once it is released.
import threading

lock = threading.Lock()
held = threading.Event()
done = threading.Event()

def holder():
    with lock:
        held.set()
        done.wait()

t = threading.Thread(target=holder)
t.start()
held.wait()
print(lock.locked())  # expect: True
print(lock.acquire(False))  # expect: False
print(lock.acquire(timeout=0.05))  # expect: False
print(lock.acquire(True, 0))  # expect: False
done.set()
print(lock.acquire())  # expect: True
t.join()
print(lock.locked())  # expect: True
lock.release()
print(lock.locked())  # expect: False
