# *args collects extra positional arguments into a tuple.
def total(first, *rest):
    print(type(rest).__name__, rest)
    return first + sum(rest)
print(total(1))
# expect: tuple ()
# expect: 1
print(total(1, 2, 3))
# expect: tuple (2, 3)
# expect: 6
