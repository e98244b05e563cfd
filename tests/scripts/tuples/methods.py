# count, index, slicing and concatenation of tuples.
t = (1, 2, 2, 3)
print(t.count(2), t.index(3))  # expect: 2 3
print(t[1:3])  # expect: (2, 2)
print(t + (4,))  # expect: (1, 2, 2, 3, 4)
print(t * 2)  # expect: (1, 2, 2, 3, 1, 2, 2, 3)
print(t[::-1])  # expect: (3, 2, 2, 1)
