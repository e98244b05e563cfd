# Daemon threads blocked forever (on a fresh Event, on a Lock nobody
# releases) do not keep the process alive: it exits 0 when the main module
# ends and their output never appears.
import threading

def on_event():
    threading.Event().wait()
    print("never (event)")

lock = threading.Lock()
lock.acquire()

def on_lock():
    lock.acquire()
    print("never (lock)")

a = threading.Thread(target=on_event, daemon=True)
b = threading.Thread(target=on_lock)
b.daemon = True
a.start()
b.start()
print("main done", a.is_alive(), b.is_alive())  # expect: main done True True
# expect status: 0
