# SIGNALS.md 19: atexit handlers run after an uncaught KeyboardInterrupt
# (after the finally blocks), then the process dies by SIGINT (130).
import atexit
import os
import signal

atexit.register(print, "atexit handler")
try:
    os.kill(os.getpid(), signal.SIGINT)
finally:
    print("finally")
# expect: finally
# expect: atexit handler
# expect status: 130
