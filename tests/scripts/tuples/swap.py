# a, b = b, a swaps without a temporary.
a, b = 1, 2
a, b = b, a
print(a, b)  # expect: 2 1
x, y, z = "xyz"
x, y, z = z, x, y
print(x, y, z)  # expect: z x y
