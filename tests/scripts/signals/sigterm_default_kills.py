# Blocking table: a SIGTERM at its default disposition, sent by a worker
# while the main thread sleeps, kills the process at once: no `finally`,
# no exception, no exit-time output; the parent sees death by signal 15.
import os
import signal
import threading
import time

def killer():
    time.sleep(0.05)  # makes it likely that main is asleep; same result if not
    os.kill(os.getpid(), signal.SIGTERM)

print(signal.getsignal(signal.SIGTERM) is signal.SIG_DFL, flush=True)  # expect: True
t = threading.Thread(target=killer)
try:
    t.start()
    time.sleep(30)
    print("not reached", flush=True)
finally:
    print("finally must not run", flush=True)
# expect status: 143
