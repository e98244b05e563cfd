# A leading string literal is the docstring and is not printed.
def f():
    "Return one."
    return 1
print(f())  # expect: 1
print(f.__doc__)  # expect: Return one.
def g():
    return 2
print(g.__doc__)  # expect: None
