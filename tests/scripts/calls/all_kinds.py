# Positional, default, *args, keyword-only and **kwargs together.
def f(a, b=2, *args, c, d=4, **kw):
    print(a, b, args, c, d, kw)
f(1, c=3)  # expect: 1 2 () 3 4 {}
f(1, 5, 6, 7, c=3, e=8)  # expect: 1 5 (6, 7) 3 4 {'e': 8}
f(*range(4), **{"c": 0, "d": 1, "z": 2})  # expect: 0 1 (2, 3) 0 1 {'z': 2}
