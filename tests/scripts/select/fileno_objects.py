# Objects with fileno() are accepted and returned themselves, in input order.
import os
import select

class Wrapper:
    def __init__(self, fd, name):
        self.fd = fd
        self.name = name
    def fileno(self):
        return self.fd
    def __repr__(self):
        return "Wrapper(" + self.name + ")"

r1, w1 = os.pipe()
r2, w2 = os.pipe()
a = Wrapper(r1, "a")
b = Wrapper(r2, "b")
os.write(w2, b"2")
os.write(w1, b"1")
print(select.select([b, a], [], [], 0)[0])  # expect: [Wrapper(b), Wrapper(a)]
print(select.select([a, r2], [Wrapper(w1, "w")], [], 0) == ([a, r2], [Wrapper(w1, "w")], []))  # expect: False
ww = Wrapper(w1, "w")
print(select.select([a, r2], [ww], [], 0) == ([a, r2], [ww], []))  # expect: True
try:
    select.select(["nope"], [], [], 0)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: argument must be an int, or have a fileno() method.
try:
    select.select([-1], [], [], 0)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: file descriptor cannot be a negative integer (-1)
for fd in (r1, w1, r2, w2):
    os.close(fd)
