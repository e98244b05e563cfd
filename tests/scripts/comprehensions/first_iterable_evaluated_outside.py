# The first iterable is evaluated once in the enclosing scope; inner ones per loop.
calls = []
def source(name, n):
    calls.append(name)
    return range(n)
result = [(a, b) for a in source("outer", 2) for b in source("inner", 2)]
print(result)  # expect: [(0, 0), (0, 1), (1, 0), (1, 1)]
print(calls)  # expect: ['outer', 'inner', 'inner']
