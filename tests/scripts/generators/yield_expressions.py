# yield is an expression: bare yield gives None, its value can be used
# anywhere, and a lambda can be a generator too.
def bare():
    x = yield
    print("received", x)
    yield

g = bare()
print(next(g))          # expect: None
print(g.send("hi"))     # expect: received hi
                        # expect: None

def inside_call():
    print("value:", (yield 1), (yield 2))

g = inside_call()
print(next(g))          # expect: 1
print(g.send("a"))      # expect: 2
try:
    g.send("b")         # expect: value: a b
except StopIteration:
    print("stopped")    # expect: stopped

gen_lambda = lambda: (yield 7)
g = gen_lambda()
print(next(g))          # expect: 7
try:
    g.send("result")
except StopIteration as e:
    print(e.value)      # expect: result

def in_condition():
    while (yield "more?"):
        print("continuing")
    print("stopping")
g = in_condition()
print(next(g))          # expect: more?
print(g.send(True))     # expect: continuing
                        # expect: more?
print(next(g, "end"))   # expect: stopping
                        # expect: end

def augmented():
    total = 0
    total += yield total
    total += yield total
    return total
g = augmented()
next(g)
g.send(5)
try:
    g.send(6)
except StopIteration as e:
    print(e.value)      # expect: 11
