# yield from delegates to a sub-generator and evaluates to its return value.
def inner(n):
    for i in range(n):
        yield i
    return n * 10

def outer():
    a = yield from inner(2)
    print("inner returned", a)
    b = yield from inner(1)
    print("inner returned", b)
    return a + b

for v in outer():
    print(v)
# expect: 0
# expect: 1
# expect: inner returned 20
# expect: 0
# expect: inner returned 10

g = outer()
print(list(g))   # expect: inner returned 20
                 # expect: inner returned 10
                 # expect: [0, 1, 0]
def wrapper():
    result = yield from outer()
    print("outer returned", result)
print(list(wrapper()))   # expect: inner returned 20
                         # expect: inner returned 10
                         # expect: outer returned 30
                         # expect: [0, 1, 0]
