# daemon: False by default from the main thread, set by the keyword or the
# attribute before start, inherited from the creating thread; setting it on a
# started (or finished) thread is a RuntimeError.
import threading

t = threading.Thread()
print(t.daemon, threading.main_thread().daemon)  # expect: False False
t.daemon = True
print(t.daemon)  # expect: True
print(threading.Thread(daemon=True).daemon)  # expect: True
print(threading.Thread(daemon=None).daemon)  # expect: False

inherited = []

def creator():
    inherited.append(threading.Thread().daemon)
    inherited.append(threading.Thread(daemon=False).daemon)
    inherited.append(threading.current_thread().daemon)

c = threading.Thread(target=creator, daemon=True)
c.start()
c.join()
print(inherited)  # expect: [True, False, True]

hold = threading.Event()
w = threading.Thread(target=hold.wait)
w.start()
try:
    w.daemon = True
except RuntimeError as e:
    print(e)  # expect: cannot set daemon status of active thread
hold.set()
w.join()
try:
    w.daemon = True
except RuntimeError as e:
    print(e)  # expect: cannot set daemon status of active thread
print(w.daemon)  # expect: False
