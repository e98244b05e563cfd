# KeyboardInterrupt raised in a worker thread is only reported like any other
# exception ("Exception in thread ...", traceback, last stderr line
# "KeyboardInterrupt", see keyboardinterrupt_in_thread.err_last): the main
# thread goes on and the exit status stays 0 (no death by SIGINT).
import threading

def worker():
    raise KeyboardInterrupt

t = threading.Thread(target=worker)
t.start()
t.join()
print("main done")  # expect: main done
# expect status: 0
