# SIGNALS.md 11: a signal that arrives while its own Python handler runs
# re-enters the handler (nested depth 2) at the handler's next check point
# (here the return from os.kill); there is no masking at Python level.
import os
import signal

log = []
depth = 0

def handler(signum, frame):
    global depth
    depth += 1
    log.append(("enter", depth, frame.f_code.co_name))
    if depth == 1:
        os.kill(os.getpid(), signal.SIGUSR1)
        log.append(("back in outer", depth))
    log.append(("leave", depth))
    depth -= 1

signal.signal(signal.SIGUSR1, handler)
os.kill(os.getpid(), signal.SIGUSR1)
for entry in log:
    print(entry)
# expect: ('enter', 1, '<module>')
# expect: ('enter', 2, 'handler')
# expect: ('leave', 2)
# expect: ('back in outer', 1)
# expect: ('leave', 1)
