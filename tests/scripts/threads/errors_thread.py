# Thread misuse raises RuntimeError: start twice (also after the end), join
# before start (with or without a timeout), join of the current thread (the
# main thread or a worker joining itself).
import threading

def attempt(what, f, *args):
    try:
        f(*args)
        print(what, "-> no error")
    except RuntimeError as e:
        print(what, "->", e)

t = threading.Thread(target=lambda: None)
attempt("join before start", t.join)
# expect: join before start -> cannot join thread before it is started
attempt("join(1) before start", t.join, 1)
# expect: join(1) before start -> cannot join thread before it is started
t.start()
attempt("start twice", t.start)
# expect: start twice -> threads can only be started once
t.join()
attempt("start after the end", t.start)
# expect: start after the end -> threads can only be started once
attempt("join current", threading.current_thread().join)
# expect: join current -> cannot join current thread
attempt("join main", threading.main_thread().join, 0.01)
# expect: join main -> cannot join current thread

out = []

def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        out.append(str(e))

w = threading.Thread(target=self_join)
w.start()
w.join()
print(out)  # expect: ['cannot join current thread']
