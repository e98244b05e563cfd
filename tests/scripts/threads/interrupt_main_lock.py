# _thread.interrupt_main() from a worker while the main thread is blocked in
# Lock.acquire(): KeyboardInterrupt is raised in the main thread and caught.
# CPython only sets the flag (it does not wake the blocked acquire), so the
# worker also releases the lock afterwards; either way the exception comes
# before the statement after the acquire.
import _thread
import threading
import time

lock = threading.Lock()
lock.acquire()

def worker():
    time.sleep(0.05)  # makes it likely that main is blocked; same output if not
    _thread.interrupt_main()
    lock.release()

t = threading.Thread(target=worker)
try:
    t.start()
    lock.acquire()
    print("not reached")
except KeyboardInterrupt as e:
    print("caught KeyboardInterrupt", e.args)  # expect: caught KeyboardInterrupt ()
t.join()
print("main goes on")  # expect: main goes on
