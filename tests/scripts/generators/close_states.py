# close() on a generator that never started does not run it; close()
# is harmless on a finished one; other exceptions raised while closing propagate.
def gen():
    print("body")
    try:
        yield 1
    finally:
        print("finally")

g = gen()
g.close()
print(list(g))          # expect: []

g = gen()
print(list(g))          # expect: body
                        # expect: finally
                        # expect: [1]
print(g.close())        # expect: None

def raises_other():
    try:
        yield 1
    finally:
        raise KeyError("while closing")

g = raises_other()
next(g)
try:
    g.close()
except KeyError as e:
    print("KeyError", e)   # expect: KeyError 'while closing'
