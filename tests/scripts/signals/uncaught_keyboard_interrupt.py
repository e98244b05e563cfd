# SIGNALS.md 19: an uncaught KeyboardInterrupt runs finally blocks, then the
# process dies by SIGINT (status 130 as a shell reports it).
import os
import signal

try:
    os.kill(os.getpid(), signal.SIGINT)
finally:
    print("finally ran")  # expect: finally ran
print("not reached")
# expect status: 130
