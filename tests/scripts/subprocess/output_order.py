# A script that prints and then starts a child writing to the same stdout:
# into a pipe the script's text is block-buffered and comes out after the
# child's (nothing is flushed before the fork, as in CPython), unless it
# flushes or runs unbuffered. Each case runs this file as a child.
import os
import subprocess
import sys

if len(sys.argv) > 1:
    print("parent before", flush=sys.argv[1] == "flush")
    subprocess.run(["echo", "child"])
    sys.stdout.write("parent write\n")
    subprocess.run([sys.executable, "-c", "print('python child')"])
    print("parent after")
    sys.exit(0)

env = dict(os.environ)
env.pop("PYTHONUNBUFFERED", None)
for mode, extra in (("buffered", {}), ("flush", {}), ("unbuffered", {"PYTHONUNBUFFERED": "1"})):
    env.update(extra)
    out = subprocess.run([sys.executable, __file__, mode], stdout=subprocess.PIPE, env=env, text=True).stdout
    print(mode, out.splitlines())
# expect: buffered ['child', 'python child', 'parent before', 'parent write', 'parent after']
# expect: flush ['parent before', 'child', 'python child', 'parent write', 'parent after']
# expect: unbuffered ['parent before', 'child', 'parent write', 'python child', 'parent after']
