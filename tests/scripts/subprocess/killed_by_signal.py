# A child killed by signal N has returncode -N: terminate() (SIGTERM),
# kill() (SIGKILL), send_signal() with SIGINT/SIGHUP/SIGUSR1, a shell that
# kills itself, and os.kill on the pid.
import os
import signal
import subprocess

def started():
    # `read` blocks until the pipe closes: the child is alive until killed.
    return subprocess.Popen(["sh", "-c", "read x"], stdin=subprocess.PIPE)

p = started()
p.terminate()
print(p.wait(), p.returncode == -signal.SIGTERM)  # expect: -15 True
p.stdin.close()
p = started()
p.kill()
print(p.wait())  # expect: -9
p.stdin.close()
for sig in (signal.SIGINT, signal.SIGHUP, signal.SIGUSR1, signal.SIGALRM):
    p = started()
    p.send_signal(sig)
    print(sig.name, p.wait())
    p.stdin.close()
# expect: SIGINT -2
# expect: SIGHUP -1
# expect: SIGUSR1 -10
# expect: SIGALRM -14
p = started()
os.kill(p.pid, signal.SIGQUIT)
print(p.wait())  # expect: -3
p.stdin.close()
print(subprocess.run(["sh", "-c", "kill -KILL $$"]).returncode)  # expect: -9
print(subprocess.call("kill -SEGV $$", shell=True))  # expect: -11
# A signal to a child already reaped is not sent.
p.send_signal(signal.SIGTERM)
p.kill()
print(p.returncode)  # expect: -3
