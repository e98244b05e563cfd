# The comprehension variable lives in its own scope and does not leak.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)  # expect: [0, 1, 4, 9] outer
total = sum([i for i in range(5)])
try:
    print(i)
except NameError as e:
    print(e)  # expect: name 'i' is not defined
d = {k: v for k, v in [("a", 1)]}
print("k" in globals(), "v" in globals())  # expect: False False
