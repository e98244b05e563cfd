# Default names: "Thread-N (target)" from one global counter, "Thread-N"
# without a target; an explicit name does not use the counter; name is
# converted with str() and can be assigned; a worker sees its own name.
import threading

def worker():
    pass

print(threading.Thread(target=worker).name)  # expect: Thread-1 (worker)
print(threading.Thread().name)  # expect: Thread-2
print(threading.Thread(target=worker, name="custom").name)  # expect: custom
print(threading.Thread(target=lambda: None).name)  # expect: Thread-3 (<lambda>)

class Sub(threading.Thread):
    pass

e = Sub()
print(e.name)  # expect: Thread-4
e.name = "renamed"
print(e.name)  # expect: renamed
print(repr(threading.Thread(name=5).name))  # expect: '5'

seen = []
g = threading.Thread(target=lambda: seen.append(threading.current_thread().name),
                     name="inside")
g.start()
g.join()
h = threading.Thread(target=lambda: seen.append(threading.current_thread().name))
h.start()
h.join()
print(seen)  # expect: ['inside', 'Thread-5 (<lambda>)']
