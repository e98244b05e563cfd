# Too few values for the mandatory targets of a starred assignment.
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)  # expect: not enough values to unpack (expected at least 2, got 1)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)  # expect: too many values to unpack (expected 2)
a, b, *c, d = (1, 2)  # expect runtime error: ValueError: not enough values to unpack (expected at least 3, got 2)
