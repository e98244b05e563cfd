# SIGCHLD ignored: the kernel reaps children itself, so the status is lost
# and returncode is 0 (CPython's rule); a SIGCHLD handler runs when a child
# ends and the wait still gets the status.
import signal
import subprocess

signal.signal(signal.SIGCHLD, signal.SIG_IGN)
print(subprocess.Popen(["sh", "-c", "exit 3"]).wait())  # expect: 0
print(subprocess.run(["false"]).returncode)  # expect: 0
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE)
p.stdin.close()
print(p.wait(timeout=5), p.poll())  # expect: 0 0

hits = []
signal.signal(signal.SIGCHLD, lambda signum, frame: hits.append(signum))
print(subprocess.run(["sh", "-c", "exit 4"]).returncode, hits == [signal.SIGCHLD])  # expect: 4 True
