# min/max over arguments and iterables, with key= and default=.
print(min(3, 1, 2), max(3, 1, 2))  # expect: 1 3
print(min([5, 4, 6]), max("hello"))  # expect: 4 o
print(max(["bb", "a", "ccc"], key=len))  # expect: ccc
print(min(["bb", "a", "c"], key=len))  # expect: a
print(max([], default="empty"))  # expect: empty
print(min(2.5, 2))  # expect: 2
print(max(1, 1.0))  # expect: 1
try:
    max([])
except ValueError as e:
    print(e)  # expect: max() arg is an empty sequence
