# A generator expression is lazy: nothing runs until it is consumed, once.
log = []
def f(x):
    log.append(x)
    return x * 10
g = (f(x) for x in range(3))
print(log)  # expect: []
print(next(g), log)  # expect: 0 [0]
print(list(g), log)  # expect: [10, 20] [0, 1, 2]
print(list(g))  # expect: []
print(type(g).__name__)  # expect: generator
print(any(f(x) > 0 for x in range(100)), log)  # expect: True [0, 1, 2, 0, 1]
