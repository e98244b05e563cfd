# del removes an index or a slice.
xs = list(range(8))
del xs[0]
print(xs)  # expect: [1, 2, 3, 4, 5, 6, 7]
del xs[-1]
print(xs)  # expect: [1, 2, 3, 4, 5, 6]
del xs[1:3]
print(xs)  # expect: [1, 4, 5, 6]
del xs[::2]
print(xs)  # expect: [4, 6]
