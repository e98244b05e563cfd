# A failing assert with a message.
x = 1
assert x == 2, "x should be 2, got " + str(x)  # expect runtime error: AssertionError: x should be 2, got 1
