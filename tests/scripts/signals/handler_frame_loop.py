# SIGNALS.md 1, 10: a signal caught at a loop's back edge: the handler gets
# the looping frame at the `while True:` line; its uncaught exception's
# innermost traceback entry is the handler's raise, nothing after it ran.
import signal

def handler(signum, frame):
    print(signum, frame.f_code.co_name, frame.f_lineno, frame.f_back.f_code.co_name)
    raise RuntimeError("from the handler")  # expect runtime error: RuntimeError: from the handler

def busy():
    n = 0
    while True:
        n += 1

signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
busy()  # expect: 14 busy 12 <module>
print("not reached")
