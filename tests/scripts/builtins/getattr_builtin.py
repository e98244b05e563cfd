# getattr() on built-in objects returns bound methods.
xs = []
app = getattr(xs, "append")
app(1)
app(2)
print(xs)  # expect: [1, 2]
print(getattr("abc", "upper")())  # expect: ABC
print(getattr(xs, "missing", "default"))  # expect: default
print(hasattr(xs, "pop"), hasattr(xs, "nope"))  # expect: True False
