# An unknown keyword argument.
def f(x, y=1):
    return x
f(1, z=3)  # expect runtime error: TypeError: f() got an unexpected keyword argument 'z'
