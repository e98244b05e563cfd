# range repr, indexing and slicing.
print(range(10))  # expect: range(0, 10)
print(range(1, 10, 2))  # expect: range(1, 10, 2)
r = range(0, 20, 5)
print(r[1], r[-1])  # expect: 5 15
print(r[1:3])  # expect: range(5, 15, 5)
print(range(3) == range(0, 3))  # expect: True
