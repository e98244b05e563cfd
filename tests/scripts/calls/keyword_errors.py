# Wrong keywords are TypeErrors with CPython's messages.
def f(x, y=0):
    return x + y
try:
    f(1, z=2)
except TypeError as e:
    print(e)  # expect: f() got an unexpected keyword argument 'z'
try:
    f(1, x=2)
except TypeError as e:
    print(e)  # expect: f() got multiple values for argument 'x'
try:
    f()
except TypeError as e:
    print(e)  # expect: f() missing 1 required positional argument: 'x'
