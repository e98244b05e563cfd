# Too many positional arguments.
def f(x):
    return x
f(1, 2)  # expect runtime error: TypeError: f() takes 1 positional argument but 2 were given
