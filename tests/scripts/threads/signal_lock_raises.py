# Blocking table: the main thread blocked in Lock.acquire() (on a lock it
# holds itself) is interrupted by a signal a worker sends to the process;
# the handler's exception comes out of the acquire. (The worker's short
# sleep only makes it likely that main is already blocked; the output is the
# same if the signal comes earlier, inside the try.)
import os
import signal
import threading
import time

class Interrupted(Exception):
    pass

def handler(signum, frame):
    raise Interrupted("signal %d in %s" % (signum, threading.current_thread().name))

def sender():
    time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR1)

signal.signal(signal.SIGUSR1, handler)
lock = threading.Lock()
lock.acquire()
t = threading.Thread(target=sender)
try:
    t.start()
    lock.acquire()
    print("not reached")
except Interrupted as e:
    print("caught:", e)  # expect: caught: signal 10 in MainThread
t.join()
print(lock.locked())  # expect: True
