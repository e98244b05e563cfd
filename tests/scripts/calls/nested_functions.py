# A def inside a def creates a new function each call.
def outer(x):
    def inner(y):
        return x * y
    return inner(3) + inner(4)
print(outer(2))  # expect: 14
def twice(f):
    return lambda v: f(f(v))
print(twice(lambda v: v + 1)(0))  # expect: 2
print(twice(twice(lambda v: v * 2))(1))  # expect: 16
