# The first send must be None: the generator has no yield to receive it yet.
def gen():
    x = yield 1
    print(x)

g = gen()
try:
    g.send(5)
except TypeError as e:
    print(e)   # expect: can't send non-None value to a just-started generator
print(g.send(None))  # expect: 1
try:
    g.send(7)        # expect: 7
except StopIteration:
    print("done")    # expect: done
try:
    g.send(8)
except StopIteration as e:
    print("exhausted", e.args)   # expect: exhausted ()
gen().send("x")  # expect runtime error: TypeError: can't send non-None value to a just-started generator
