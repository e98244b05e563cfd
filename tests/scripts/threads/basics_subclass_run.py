# Subclassing Thread: an overridden run() runs in the new thread, its return
# value is ignored; run() of the base class calls the target (an override can
# call it with super().run()); calling run() directly runs in the caller.
import threading

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None
        self.seen = None

    def run(self):
        self.result = self.n * 2
        self.seen = threading.current_thread() is self
        return 99

w = Worker(21)
print(w.name)  # expect: Thread-1
w.start()
print(w.join())  # expect: None
print(w.result, w.seen)  # expect: 42 True

out = []

class Wrapped(threading.Thread):
    def run(self):
        out.append("before")
        super().run()
        out.append("after")

w = Wrapped(target=out.append, args=("target",))
print(w.name)  # expect: Thread-2 (append)
w.start()
w.join()
print(out)  # expect: ['before', 'target', 'after']

d = threading.Thread(target=lambda: out.append(threading.current_thread().name))
d.run()
print(out[-1])  # expect: MainThread
