# A missing required argument.
def f(x):
    return x
f()  # expect runtime error: TypeError: f() missing 1 required positional argument: 'x'
