# A non-daemon thread still running when the main module ends is joined
# before the process exits: its output comes after the main module's last
# print (the Event that lets it go is the module's last statement).
import threading

ev = threading.Event()

def worker():
    ev.wait()
    for i in range(3):
        print("worker", i)

t = threading.Thread(target=worker)
t.start()
print("main module ends")
ev.set()
# expect: main module ends
# expect: worker 0
# expect: worker 1
# expect: worker 2
