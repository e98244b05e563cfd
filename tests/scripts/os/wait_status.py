# os.waitpid with WNOHANG and blocking, and the status decoders:
# waitstatus_to_exitcode and the W* functions, for an exit and a signal.
import os
import signal
import subprocess

p = subprocess.Popen(["sh", "-c", "read x; exit 7"], stdin=subprocess.PIPE)
print(os.waitpid(p.pid, os.WNOHANG))  # expect: (0, 0)
p.stdin.close()
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, status, os.waitstatus_to_exitcode(status))  # expect: True 1792 7
print(os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.WIFSTOPPED(status))  # expect: True 7 False False

p = subprocess.Popen(["sleep", "30"])
os.kill(p.pid, signal.SIGKILL)
pid, status = os.waitpid(p.pid, 0)
print(status, os.waitstatus_to_exitcode(status))  # expect: 9 -9
print(os.WIFEXITED(status), os.WIFSIGNALED(status), os.WTERMSIG(status))  # expect: False True 9
for status in (0x137f, 0xffff):
    try:
        os.waitstatus_to_exitcode(status)
    except ValueError as e:
        print(e)
# expect: process stopped by delivery of signal 19
# expect: invalid wait status: 65535
print(os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f))  # expect: True 19
