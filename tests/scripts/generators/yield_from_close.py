# close() passes through yield from: the inner generator is closed first,
# then GeneratorExit is raised in the outer one.
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
print(next(g))     # expect: 1
g.close()          # expect: inner finally
                   # expect: outer finally
print(next(g, "closed"))   # expect: closed

def middle():
    try:
        yield from outer()
    except GeneratorExit:
        print("middle sees GeneratorExit")
        raise

g = middle()
next(g)
g.close()          # expect: inner finally
                   # expect: outer finally
                   # expect: middle sees GeneratorExit
