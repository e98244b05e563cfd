# List index out of range.
xs = [1, 2, 3]
print(xs[3])  # expect runtime error: IndexError: list index out of range
