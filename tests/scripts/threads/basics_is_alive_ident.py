# is_alive() before start, while running (held by an Event), after join;
# ident is None before start and an int afterwards (kept after the end);
# join(timeout) on a thread still held returns None and it stays alive.
import threading

go = threading.Event()

def worker():
    go.wait()

t = threading.Thread(target=worker)
print(t.is_alive(), t.ident)  # expect: False None
t.start()
print(t.is_alive())  # expect: True
print(type(t.ident).__name__)  # expect: int
print(t.ident == threading.get_ident())  # expect: False
print(t.join(0.01))  # expect: None
print(t.is_alive())  # expect: True
go.set()
t.join()
print(t.is_alive())  # expect: False
print(type(t.ident).__name__)  # expect: int
t.join()
print("joined twice")  # expect: joined twice
