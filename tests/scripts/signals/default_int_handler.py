# SIGNALS.md 17: default_int_handler is SIGINT's handler at start-up (the
# runner starts us with SIGINT at its default); it raises KeyboardInterrupt()
# with empty args.
import os
import signal

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)  # expect: True
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt as e:
    print("caught", e.args)  # expect: caught ()
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print(repr(e))  # expect: KeyboardInterrupt()
