# Spreading a non-iterable or a non-mapping in a call is a TypeError.
def f(*a, **k):
    return a, k
try:
    f(*5)
except TypeError as e:
    print(e)  # expect: __main__.f() argument after * must be an iterable, not int
try:
    f(**[1])
except TypeError as e:
    print(e)  # expect: __main__.f() argument after ** must be a mapping, not list
try:
    f(**{1: "x"})
except TypeError as e:
    print(e)  # expect: keywords must be strings
print(f(*"ab", **{"k": None}))  # expect: (('a', 'b'), {'k': None})
