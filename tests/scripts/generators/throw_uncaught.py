# An exception thrown in and not handled comes out of throw(), with the
# generator's frame (at its yield) as the innermost traceback entry; the
# generator is finished afterwards.
def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("out:", repr(e))   # expect: out: KeyError('k')
print(next(g, "finished"))   # expect: finished

def second():
    print("started")         # expect: started
    yield 1  # expect runtime error: ValueError: boom

h = second()
next(h)
h.throw(ValueError("boom"))
