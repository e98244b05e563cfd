# Blocking table: signal.pause() ends with the exception of a handler that
# raises (the signal comes from a worker thread); with one that returns
# (SIGALRM from a timer), pause() returns None after it.
import os
import signal
import threading
import time

class Woken(Exception):
    pass

def raiser(signum, frame):
    raise Woken("pause interrupted in " + threading.current_thread().name)

def send(sig):
    time.sleep(0.05)  # makes it likely that main is in pause(); same output if not
    os.kill(os.getpid(), sig)

signal.signal(signal.SIGUSR1, raiser)
t = threading.Thread(target=send, args=(signal.SIGUSR1,))
try:
    t.start()
    signal.pause()
    print("not reached")
except Woken as e:
    print(e)  # expect: pause interrupted in MainThread
t.join()
calls = []
signal.signal(signal.SIGALRM, lambda s, f: calls.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(signal.pause(), calls)  # expect: None [14]
