# An undefined global read inside a function.
def f():
    return missing + 1  # expect runtime error: NameError: name 'missing' is not defined
f()
