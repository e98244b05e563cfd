# os: processes, pipes and raw reads/writes, blocking mode, errors by errno.
import os

print(os.getpid() > 0, os.getppid() > 0)  # expect: True True
r, w = os.pipe()
print(os.get_blocking(r))  # expect: True
print(os.write(w, b"hello"))  # expect: 5
print(os.read(r, 3), os.read(r, 10))  # expect: b'hel' b'lo'
os.set_blocking(r, False)
try:
    os.read(r, 1)
except OSError as e:  # BlockingIOError in CPython (minipy has no such class yet)
    print("empty", e.errno == 11)  # expect: empty True
os.close(w)
os.close(r)
try:
    os.close(r)
except OSError as e:
    print(e)  # expect: [Errno 9] Bad file descriptor
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print(e)  # expect: [Errno 3] No such process
print(os.strerror(2))  # expect: No such file or directory
print(os.getenv("MINIPY_SURELY_UNSET", "dflt"), os.environ.get("MINIPY_SURELY_UNSET") is None)  # expect: dflt True
print(os.path.join("a", "b", "/c", "d"), os.path.basename("/x/y.py"), os.path.dirname("/x/y.py"))  # expect: /c/d y.py /x
