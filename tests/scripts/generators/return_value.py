# `return v` in a generator becomes StopIteration(v) for next() and send();
# for loops and list() just stop.
def counted():
    yield "x"
    return 42

g = counted()
print(next(g))             # expect: x
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)  # expect: 42 (42,)

g = counted()
g.send(None)
try:
    g.send("ignored")
except StopIteration as e:
    print("send", e.value)  # expect: send 42

print(list(counted()))      # expect: ['x']
for x in counted():
    print(x)                # expect: x

def tuple_result():
    return (1, 2)
    yield
try:
    next(tuple_result())
except StopIteration as e:
    print(e.value)          # expect: (1, 2)

def none_result():
    yield 1
    return None
g = none_result()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.args)           # expect: ()
