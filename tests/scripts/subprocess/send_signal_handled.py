# send_signal() to a Python child that handles it: the child's handler runs
# (a restored default disposition would kill it) and it exits normally.
import signal
import subprocess
import sys

if len(sys.argv) > 1:
    def handler(signum, frame):
        print("child got", signal.Signals(signum).name, flush=True)
        sys.exit(4)
    signal.signal(signal.SIGUSR1, handler)
    print("ready", flush=True)
    sys.stdin.read()
    sys.exit(0)

p = subprocess.Popen([sys.executable, __file__, "child"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, text=True)
print(p.stdout.readline(), end="")  # expect: ready
p.send_signal(signal.SIGUSR1)
print(p.stdout.readline(), end="")  # expect: child got SIGUSR1
print(p.wait())  # expect: 4
p.stdin.close()
p.stdout.close()
