# A script writing into a pipe whose reader has gone: as `script | head -1`,
# print raises BrokenPipeError (SIGPIPE is ignored in the interpreter) and
# the uncaught error ends it with status 1, as in CPython.
import os
import subprocess
import sys

if len(sys.argv) > 1 and sys.argv[1] == "many":
    for i in range(200000):
        print("line", i)
    sys.exit(0)

env = dict(os.environ)
env.pop("PYTHONUNBUFFERED", None)
shell = "'%s' '%s' many | head -1" % (sys.executable, __file__)
r = subprocess.run(["sh", "-c", shell], capture_output=True, text=True, env=env)
print(r.stdout, end="")  # expect: line 0
print(r.returncode, r.stderr.splitlines()[-1])  # expect: 0 BrokenPipeError: [Errno 32] Broken pipe

p = subprocess.Popen([sys.executable, __file__, "many"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
print(p.stdout.readline())  # expect: b'line 0\n'
p.stdout.close()
err = p.stderr.read().decode()
# CPython exits 1, or now and then 120 when its final flush fails too.
print(p.wait() in (1, 120), err.splitlines()[-1])  # expect: True BrokenPipeError: [Errno 32] Broken pipe
p.stderr.close()
