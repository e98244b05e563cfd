# Process ids and groups: getpid/getppid seen from a child, getpgrp and
# getpgid(0), setpgid and setsid in a child (setsid fails for a leader).
import os
import subprocess
import sys

if len(sys.argv) > 1:
    print(os.getppid() == int(sys.argv[1]), os.getpgrp() == os.getpgid(0) == os.getpgid(os.getpid()))
    print("leader:", os.getpgrp() == os.getpid(), os.getsid(0) == os.getpid())
    for f, args in ((os.setpgid, (0, 0)), (os.setsid, ())):
        try:
            f(*args)
            print(f.__name__, "done:", os.getpgrp() == os.getpid())
        except PermissionError as e:
            print(f.__name__, e)
    sys.exit(0)

print(os.getpid() > 1, os.getppid() > 0, os.getpgrp() == os.getpgid(0))  # expect: True True True
out = subprocess.run([sys.executable, __file__, str(os.getpid())], capture_output=True, text=True).stdout
print(out, end="")
# expect: True True
# expect: leader: False False
# expect: setpgid done: True
# expect: setsid [Errno 1] Operation not permitted
out = subprocess.run([sys.executable, __file__, str(os.getpid())], capture_output=True, text=True,
                     start_new_session=True).stdout
print(out, end="")
# expect: True True
# expect: leader: True True
# expect: setpgid [Errno 1] Operation not permitted
# expect: setsid [Errno 1] Operation not permitted
