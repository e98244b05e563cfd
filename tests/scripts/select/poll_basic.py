# select.poll: register, modify, poll, unregister and the constants.
import os
import select

r, w = os.pipe()
p = select.poll()
p.register(r, select.POLLIN)
print(p.poll(0))  # expect: []
os.write(w, b"hi")
print(p.poll(0) == [(r, select.POLLIN)])  # expect: True
print(p.poll(None) == [(r, select.POLLIN)])  # expect: True
p.register(w, select.POLLOUT)
print(p.poll(10) == [(r, select.POLLIN), (w, select.POLLOUT)])  # expect: True
p.modify(r, select.POLLPRI)
print(p.poll(0) == [(w, select.POLLOUT)])  # expect: True
p.unregister(w)
print(p.poll(0))  # expect: []
p.unregister(r)
try:
    p.unregister(r)
except KeyError as e:
    print("KeyError", e.args[0] == r)  # expect: KeyError True
try:
    p.modify(r, select.POLLIN)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)  # expect: FileNotFoundError 2
print(select.POLLIN, select.POLLPRI, select.POLLOUT)  # expect: 1 2 4
print(select.POLLERR, select.POLLHUP, select.POLLNVAL)  # expect: 8 16 32
print(os.read(r, 10))  # expect: b'hi'
os.close(w)
q = select.poll()
q.register(r)
print(q.poll(100) == [(r, select.POLLHUP)])  # expect: True
os.close(r)
