# throw() passes through yield from to the inner generator; if the inner
# one does not handle it, it surfaces in the outer one at the yield from.
def inner():
    try:
        yield "inner 1"
    except ValueError:
        yield "inner handled"
    yield "inner 2"

def outer():
    try:
        yield from inner()
    except KeyError:
        yield "outer handled"
    yield "outer end"

g = outer()
print(next(g))                 # expect: inner 1
print(g.throw(ValueError))     # expect: inner handled
print(next(g))                 # expect: inner 2
print(g.throw(KeyError))       # expect: outer handled
print(next(g))                 # expect: outer end
print(next(g, "done"))         # expect: done

# The inner generator finishing with a return value while handling the
# thrown exception resumes the outer one after its yield from.
def inner_returns():
    try:
        yield 1
    except ValueError:
        return "inner result"

def outer2():
    r = yield from inner_returns()
    yield "outer got " + r

g = outer2()
next(g)
print(g.throw(ValueError))     # expect: outer got inner result

# Throwing into yield from over a plain iterator raises in the outer generator.
def over_list():
    try:
        yield from [1, 2, 3]
    except IndexError as e:
        yield "caught " + str(e)

g = over_list()
next(g)
print(g.throw(IndexError("i")))   # expect: caught i
