# A failing assert without a message.
x = 1
assert x == 2  # expect runtime error: AssertionError
