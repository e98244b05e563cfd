# An exception thrown into a generator is chained with what the generator
# itself is handling, not with what the consumer is handling.
def plain():
    yield 1

g = plain()
next(g)
try:
    raise KeyError("consumer's")
except KeyError:
    try:
        g.throw(ValueError("thrown"))
    except ValueError as e:
        print(e.__context__)        # expect: None

def handling():
    try:
        raise KeyError("generator's")
    except KeyError:
        yield 1

h = handling()
next(h)
try:
    raise IndexError("consumer's")
except IndexError:
    try:
        h.throw(ValueError("thrown"))
    except ValueError as e:
        print(repr(e.__context__))  # expect: KeyError("generator's")
