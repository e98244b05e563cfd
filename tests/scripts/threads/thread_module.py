# The low-level _thread module: allocate_lock() is the same type as
# threading.Lock(), start_new_thread(f, args) runs f in a new thread (waited
# for here through a lock the thread releases), get_ident, error is
# RuntimeError.
import _thread
import threading

print(type(_thread.allocate_lock()) is type(threading.Lock()))  # expect: True
print(_thread.LockType is type(threading.Lock()))  # expect: True
print(_thread.error is RuntimeError)  # expect: True

done = _thread.allocate_lock()
done.acquire()
out = []

def worker(a, b, c=None):
    out.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()

main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1, 2), {"c": 3})
print(type(ident).__name__)  # expect: int
done.acquire()
print(out)  # expect: [(1, 2, 3, True)]
try:
    _thread.allocate_lock().release()
except _thread.error as e:
    print(e)  # expect: release unlocked lock
