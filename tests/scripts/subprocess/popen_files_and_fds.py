# stdin/stdout/stderr given as file objects and as plain fds: the child
# writes into the file, reads from it, and writes into a pipe made by os.pipe.
import os
import subprocess

path = "/tmp/minipy_test_subprocess_%d.txt" % os.getpid()
with open(path, "w") as f:
    subprocess.run(["echo", "into the file"], stdout=f)
    subprocess.run(["sh", "-c", "echo also stderr >&2"], stderr=f.fileno())
with open(path) as f:
    print(f.read(), end="")
# expect: into the file
# expect: also stderr
with open(path, "rb") as f:
    print(subprocess.run(["tr", "a-z", "A-Z"], stdin=f, capture_output=True).stdout)  # expect: b'INTO THE FILE\nALSO STDERR\n'
fd = os.open(path, os.O_RDONLY)
print(subprocess.run(["wc", "-l"], stdin=fd, capture_output=True, text=True).stdout.strip())  # expect: 2
os.close(fd)
os.remove(path)

r, w = os.pipe()
p = subprocess.Popen(["echo", "through os.pipe"], stdout=w)
os.close(w)
print(os.read(r, 100))  # expect: b'through os.pipe\n'
print(os.read(r, 100))  # expect: b''
os.close(r)
print(p.wait())  # expect: 0
