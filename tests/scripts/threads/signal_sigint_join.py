# Ctrl-C while the main thread waits for a worker: SIGINT sent by the worker
# to the process runs default_int_handler in the main thread, and the
# KeyboardInterrupt comes out of join(); the program catches it and exits 0.
import os
import signal
import threading
import time

release = threading.Event()

def worker():
    time.sleep(0.05)  # makes it likely that main is in join(); same output if not
    os.kill(os.getpid(), signal.SIGINT)
    release.wait()

t = threading.Thread(target=worker)
try:
    t.start()
    t.join()
    print("not reached")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)  # expect: KeyboardInterrupt ()
release.set()
t.join()
print("done")  # expect: done
