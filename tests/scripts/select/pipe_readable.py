# select.select on a pipe: not readable before a write (timeout 0), readable
# after; the write end is writable; the ready objects come back as given.
import os
import select

r, w = os.pipe()
print(select.select([r], [], [], 0))  # expect: ([], [], [])
print(select.select([r], [w], [], 0) == ([], [w], []))  # expect: True
os.write(w, b"x")
ready = select.select([r], [], [], 0)
print(ready[0] == [r], ready[1], ready[2])  # expect: True [] []
print(select.select((r,), [], [])[0] == [r])  # expect: True
print(os.read(r, 1))  # expect: b'x'
print(select.select([r], [], [], 0.0)[0])  # expect: []
os.close(w)
# EOF counts as readable.
print(select.select([r], [], [], 1)[0] == [r])  # expect: True
os.close(r)
print(select.error is OSError)  # expect: True
