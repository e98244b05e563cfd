# An uncaught exception in a thread prints "Exception in thread Thread-1
# (boom):" and its traceback to stderr, then only that thread ends: the main
# thread goes on and the exit status stays 0. The last stderr line (checked
# by exception_in_thread.err_last) is the exception.
import threading

def boom():
    raise ValueError("bad value")

t = threading.Thread(target=boom)
t.start()
t.join()
print("main continues", t.is_alive())  # expect: main continues False
ok = threading.Thread(target=lambda: print("second thread runs"))
ok.start()
ok.join()
# expect: second thread runs
# expect status: 0
