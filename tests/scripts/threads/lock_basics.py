# Lock in one thread: acquire() returns True, locked(); on a held lock
# acquire(False) and acquire(timeout=...) return False (a Lock is not
# reentrant, even for its holder); release() returns None; the context
# manager releases on normal exit and on an exception.
import threading

lock = threading.Lock()
print(lock.locked())  # expect: False
print(lock.acquire())  # expect: True
print(lock.locked())  # expect: True
print(lock.acquire(False))  # expect: False
print(lock.acquire(blocking=False))  # expect: False
print(lock.acquire(timeout=0.01))  # expect: False
print(lock.acquire(True, 0))  # expect: False
print(lock.release())  # expect: None
print(lock.locked())  # expect: False
print(lock.acquire(True, 0.01))  # expect: True
lock.release()
print(lock.acquire(timeout=-1))  # expect: True
lock.release()
with lock:
    print(lock.locked())  # expect: True
print(lock.locked())  # expect: False
try:
    with lock:
        raise KeyError("x")
except KeyError:
    print("released on error:", not lock.locked())  # expect: released on error: True
print(lock.__enter__())  # expect: True
print(lock.__exit__(None, None, None))  # expect: None
print(lock.locked())  # expect: False
