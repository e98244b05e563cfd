# Output still buffered at exit that cannot be written (the pipe's reader
# has gone) is reported as "Exception ignored in: <stdout>" with the
# BrokenPipeError, and the status is 120.
import os
import subprocess
import sys

if len(sys.argv) > 1:
    print("buffered line")
    sys.stdin.read()  # the parent closes the pipe's read end first
    sys.exit(0)

env = dict(os.environ)
env.pop("PYTHONUNBUFFERED", None)
p = subprocess.Popen([sys.executable, __file__, "child"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, env=env)
p.stdout.close()
p.stdin.close()
err = p.stderr.read().decode()
print(p.wait(), err.splitlines())
# expect: 120 ["Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>", 'BrokenPipeError: [Errno 32] Broken pipe']
p.stderr.close()
