# Tuple index out of range.
t = (1, 2)
print(t[-3])  # expect runtime error: IndexError: tuple index out of range
