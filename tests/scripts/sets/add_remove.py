# add, remove, discard on a set of ints.
s = {1, 2, 3}
s.add(4)
s.add(2)
print(len(s))  # expect: 4
s.remove(1)
s.discard(10)
print(sorted(s))  # expect: [2, 3, 4]
try:
    s.remove(10)
except KeyError as e:
    print(repr(e))  # expect: KeyError(10)
