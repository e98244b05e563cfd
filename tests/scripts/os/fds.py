# Raw fds: pipe, read, write, close, dup, dup2, open with flags, blocking
# mode, isatty; and os._exit, which skips flushing and cleanup.
import os
import subprocess
import sys

if len(sys.argv) > 1:
    print("lost: still in the buffer")
    try:
        os._exit(3)
    finally:
        print("finally does not run")

r, w = os.pipe()
print(os.write(w, b"abc"), os.read(r, 2), os.read(r, 5))  # expect: 3 b'ab' b'c'
print(os.get_blocking(r))  # expect: True
os.set_blocking(r, False)
print(os.get_blocking(r))  # expect: False
os.set_blocking(r, True)
w2 = os.dup(w)
os.write(w2, b"via dup")
print(os.read(r, 100))  # expect: b'via dup'
print(os.dup2(w, 30), os.dup2(w, 31, inheritable=False))  # expect: 30 31
os.write(30, b"via dup2")
print(os.read(r, 100))  # expect: b'via dup2'
for fd in (w, w2, 30, 31):
    os.close(fd)
print(os.read(r, 10))  # expect: b''
os.close(r)
print(os.isatty(r))  # expect: False

path = "/tmp/minipy_fds_test_%d" % os.getpid()
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
os.write(fd, b"first\n")
os.close(fd)
fd = os.open(path, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"second\n")
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 100))  # expect: b'first\nsecond\n'
os.close(fd)
try:
    os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print(e.errno)  # expect: 17
os.remove(path)

env = dict(os.environ)
env.pop("PYTHONUNBUFFERED", None)
r = subprocess.run([sys.executable, __file__, "child"], capture_output=True, env=env)
print(r.returncode, r.stdout, r.stderr)  # expect: 3 b'' b''
