# The child inherits only fds 0-2 (close_fds=True) plus pass_fds; an fd
# given as pass_fds stays open in the child under the same number.
import os
import subprocess

r, w = os.pipe()
script = "echo hello >&%d" % w
p = subprocess.run(["sh", "-c", script], pass_fds=[w], capture_output=True)
print(p.returncode)  # expect: 0
print(os.read(r, 100))  # expect: b'hello\n'
p = subprocess.run(["sh", "-c", script + " 2>/dev/null || echo closed"], capture_output=True)
print(p.stdout)  # expect: b'closed\n'
os.close(r)
os.close(w)
# Even an fd without close-on-exec does not leak: the child sees 0-2 and
# the directory ls opens to list /proc/self/fd.
leaky = os.dup2(os.open("/dev/null", os.O_RDONLY), 20)
out = subprocess.check_output(["ls", "/proc/self/fd"], stdin=subprocess.DEVNULL, text=True)
print(sorted(int(fd) for fd in out.split()))  # expect: [0, 1, 2, 3]
out = subprocess.check_output(["ls", "/proc/self/fd"], stdin=subprocess.DEVNULL, text=True, close_fds=False)
print(20 in [int(fd) for fd in out.split()])  # expect: True
