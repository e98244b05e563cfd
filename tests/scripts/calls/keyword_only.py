# Parameters after * are keyword-only.
def f(a, *, b, c=3):
    return a + b + c
print(f(1, b=2))  # expect: 6
print(f(1, c=0, b=2))  # expect: 3
try:
    f(1, 2)
except TypeError as e:
    print(e)  # expect: f() takes 1 positional argument but 2 were given
def g(*args, sep="-"):
    return sep.join(args)
print(g("a", "b"), g("a", "b", sep="+"))  # expect: a-b a+b
