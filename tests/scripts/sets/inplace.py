# In-place set operators and methods.
s = {1, 2}
s |= {3}
s &= {1, 3, 5}
print(sorted(s))  # expect: [1, 3]
s.update([7, 8])
s -= {8}
print(sorted(s))  # expect: [1, 3, 7]
s.clear()
print(s)  # expect: set()
