# repr(Thread): initial, daemon, started and stopped states (the ident is
# replaced by hand); the main thread is a _MainThread; a subclass's name.
import threading

def show(t):
    r = repr(t)
    if t.ident is not None:
        r = r.replace(str(t.ident), "IDENT")
    print(r)

def f():
    hold.wait()

hold = threading.Event()
t = threading.Thread(target=f)
show(t)  # expect: <Thread(Thread-1 (f), initial)>
d = threading.Thread(target=f, daemon=True, name="d")
show(d)  # expect: <Thread(d, initial daemon)>
t.start()
d.start()
show(t)  # expect: <Thread(Thread-1 (f), started IDENT)>
show(d)  # expect: <Thread(d, started daemon IDENT)>
hold.set()
t.join()
d.join()
show(t)  # expect: <Thread(Thread-1 (f), stopped IDENT)>
show(d)  # expect: <Thread(d, stopped daemon IDENT)>
show(threading.main_thread())  # expect: <_MainThread(MainThread, started IDENT)>

class Sub(threading.Thread):
    pass

show(Sub())  # expect: <Sub(Thread-2, initial)>
print(str(threading.Thread(name="s")))  # expect: <Thread(s, initial)>
