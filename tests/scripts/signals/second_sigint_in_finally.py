# Blocking table: a second SIGINT while a `finally` cleans up after the
# first KeyboardInterrupt raises a new KeyboardInterrupt inside the finally
# (here out of the sleep it is blocked in); its __context__ is the first.
import os
import signal
import threading
import time

cleanup = threading.Event()

def second_ctrl_c():
    cleanup.wait()
    time.sleep(0.05)  # makes it likely that main is asleep; same output if not
    os.kill(os.getpid(), signal.SIGINT)

t = threading.Thread(target=second_ctrl_c)
t.start()
try:
    try:
        os.kill(os.getpid(), signal.SIGINT)
        print("not reached")
    finally:
        print("cleaning up")  # expect: cleaning up
        cleanup.set()
        time.sleep(30)
        print("cleanup not finished")
except KeyboardInterrupt as e:
    first = e.__context__
    print(type(e).__name__, e.args, type(first).__name__, first.args)  # expect: KeyboardInterrupt () KeyboardInterrupt ()
    print(first.__context__)  # expect: None
t.join()
