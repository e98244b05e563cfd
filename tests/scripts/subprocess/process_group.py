# start_new_session and process_group put the child in its own process
# group; os.killpg reaches the child and the grandchild it started there.
# The child survives the SIGTERM (a handler) and reports the grandchild's end.
import os
import signal
import subprocess
import sys

if len(sys.argv) > 1:
    signal.signal(signal.SIGTERM, lambda signum, frame: print("child: SIGTERM", flush=True))
    grandchild = subprocess.Popen(["sh", "-c", "read x"], stdin=subprocess.PIPE)
    print(grandchild.pid, os.getpgid(grandchild.pid) == os.getpgrp(), flush=True)
    print("grandchild:", grandchild.wait(), flush=True)
    sys.exit(0)

for how in ({"start_new_session": True}, {"process_group": 0}):
    child = subprocess.Popen([sys.executable, __file__, "child"], stdout=subprocess.PIPE, text=True, **how)
    pid, same = child.stdout.readline().split()
    print(sorted(how), same)
    print("own group:", os.getpgid(child.pid) == child.pid, os.getpgrp() != child.pid)
    print("new session:", os.getsid(child.pid) == child.pid)
    os.killpg(child.pid, signal.SIGTERM)
    print(child.stdout.read(), end="")
    print("child:", child.wait())
    child.stdout.close()
# expect: ['start_new_session'] True
# expect: own group: True True
# expect: new session: True
# expect: child: SIGTERM
# expect: grandchild: -15
# expect: child: 0
# expect: ['process_group'] True
# expect: own group: True True
# expect: new session: False
# expect: child: SIGTERM
# expect: grandchild: -15
# expect: child: 0
try:
    os.killpg(child.pid, signal.SIGTERM)
except ProcessLookupError as e:
    print(e)  # expect: [Errno 3] No such process
