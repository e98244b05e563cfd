# SystemExit in a thread (sys.exit(3), raise SystemExit("text")) ends only
# that thread, silently: nothing on stderr (systemexit_in_thread.err_last is
# empty), and the process exits 0.
import sys
import threading

def quit_code():
    sys.exit(3)

def quit_message():
    raise SystemExit("not printed")

for f in (quit_code, quit_message):
    t = threading.Thread(target=f)
    t.start()
    t.join()
    print(f.__name__, "ended, alive:", t.is_alive())
# expect: quit_code ended, alive: False
# expect: quit_message ended, alive: False
print("main done")  # expect: main done
# expect status: 0
