# slice() objects index like slice syntax.
xs = list(range(10))
s = slice(2, 8, 2)
print(xs[s])  # expect: [2, 4, 6]
print("abcdef"[slice(3)])  # expect: abc
print(slice(1, 5))  # expect: slice(1, 5, None)
