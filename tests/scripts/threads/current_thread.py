# current_thread(), main_thread(), get_ident() (also _thread.get_ident())
# seen from the main thread and from workers.
import _thread
import threading

main = threading.main_thread()
print(main.name)  # expect: MainThread
print(threading.current_thread() is main)  # expect: True
print(main.ident == threading.get_ident() == _thread.get_ident())  # expect: True
print(main.is_alive(), main.daemon)  # expect: True False

seen = []
lock = threading.Lock()

def worker():
    me = threading.current_thread()
    with lock:
        seen.append((me.name,
                     me is threads[me.name],
                     threading.get_ident() == me.ident == _thread.get_ident(),
                     threading.get_ident() != main.ident,
                     threading.main_thread() is main,
                     threading.main_thread().name))

threads = {}
for name in ("a", "b", "c"):
    threads[name] = threading.Thread(target=worker, name=name)
for t in threads.values():
    t.start()
for t in threads.values():
    t.join()
for entry in sorted(seen):
    print(entry)
# expect: ('a', True, True, True, True, 'MainThread')
# expect: ('b', True, True, True, True, 'MainThread')
# expect: ('c', True, True, True, True, 'MainThread')
print(threading.current_thread().name)  # expect: MainThread
