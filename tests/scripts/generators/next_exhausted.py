# next() on a finished generator raises StopIteration with no value.
def one():
    yield 1

g = one()
print(next(g))   # expect: 1
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)   # expect: StopIteration () None
next(g)  # expect runtime error: StopIteration
