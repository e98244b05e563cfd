# SIGNALS.md 19: an uncaught KeyboardInterrupt prints its traceback (last
# line `KeyboardInterrupt`, innermost entry the line that polled), runs the
# finally blocks of every frame on the way out, then dies by SIGINT (130).
import os
import signal

def inner():
    try:
        os.kill(os.getpid(), signal.SIGINT)  # expect runtime error: KeyboardInterrupt
    finally:
        print("inner finally", flush=True)  # expect: inner finally

try:
    inner()
    print("not reached")
finally:
    print("outer finally", flush=True)  # expect: outer finally
print("not reached either")
# expect status: 130
