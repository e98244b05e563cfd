# Tuples compare lexicographically.
print((1, 2) < (1, 3))  # expect: True
print((1, 2) < (1, 2, 0))  # expect: True
print((2,) > (1, 100))  # expect: True
print((1, "a") == (1, "a"))  # expect: True
print(max([(1, "b"), (2, "a"), (1, "z")]))  # expect: (2, 'a')
