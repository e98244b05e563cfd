# A daemon thread still running Python code (a busy loop that keeps asking
# for the interpreter) does not keep the process alive either: exit 0, no
# output from it.
import threading

started = threading.Event()

def spin():
    n = 0
    started.set()
    while True:
        n += 1
        if n < 0:
            print("never")

t = threading.Thread(target=spin, daemon=True)
t.start()
started.wait()
print("main done", t.is_alive())  # expect: main done True
# expect status: 0
